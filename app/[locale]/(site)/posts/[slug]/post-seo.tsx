import type { Metadata } from 'next';
import type { PublishedPost } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { feedAlternates } from '@/lib/feeds/discovery';
import { pick, postField } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';
import { siteUrl } from '@/lib/site-url';

/** Canonical, hreflang alternates between the locale URLs, Open Graph and Twitter tags. */
export async function postMetadata(post: PublishedPost, locale: Locale): Promise<Metadata> {
  const base = siteUrl();
  const title =
    postField(post.translations, 'title', locale, post.originalLanguage)?.text ?? post.slug;
  const description = postField(post.translations, 'excerpt', locale, post.originalLanguage)?.text;
  const url = (l: string) => `${base}/${l}/posts/${encodeURIComponent(post.slug)}`;
  return {
    title,
    description,
    alternates: {
      canonical: url(locale),
      languages: Object.fromEntries(LOCALES.map((l) => [l, url(l)])),
      // Setting alternates here replaces the layout's, so the feed links are repeated.
      types: feedAlternates(locale, pick(getSettings().titles, locale), getTranslator(locale)),
    },
    openGraph: {
      type: 'article',
      title,
      description,
      url: url(locale),
      locale,
      publishedTime: post.publishedAt?.toISOString(),
      authors: [post.authorName],
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}

/** JSON-LD BlogPosting; the translation side points back to the original work. */
export async function PostJsonLd({ post, locale }: { post: PublishedPost; locale: string }) {
  const base = siteUrl();
  const url = `${base}/${locale}/posts/${encodeURIComponent(post.slug)}`;
  const translations = post.languages.filter((l) => l !== post.originalLanguage);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: postField(post.translations, 'title', locale, post.originalLanguage)?.text,
    url,
    inLanguage: post.languages,
    datePublished: post.publishedAt?.toISOString(),
    author: { '@type': 'Person', name: post.authorName },
    workTranslation: translations.map((l) => ({
      '@type': 'BlogPosting',
      inLanguage: l,
      headline: post.translations[l]?.title,
      translationOfWork: {
        '@type': 'BlogPosting',
        inLanguage: post.originalLanguage,
        headline: post.translations[post.originalLanguage]?.title,
      },
    })),
  };
  // "<" is escaped so no text can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
