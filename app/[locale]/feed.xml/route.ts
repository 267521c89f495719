import { getPostBySlug, listPublishedPosts } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { breakExcerpts } from '@/lib/blocks/excerpt';
import { absoluteImageSrc } from '@/lib/blocks/stored-src';
import { postHtml } from '@/lib/feeds/post-html';
import { feedItems, rssDocument, rssResponse, type FeedItem } from '@/lib/feeds/rss';
import { pick, postField } from '@/lib/format';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

const FEED_SIZE = 20;

function item(slug: string, locale: Locale, base: string): FeedItem | null {
  const post = getPostBySlug({ slug });
  if (!post?.publishedAt) return null;
  const title = postField(post.translations, 'title', locale, post.originalLanguage);
  const link = `${base}/${locale}/posts/${encodeURIComponent(post.slug)}`;
  return {
    title: title?.text ?? post.slug,
    titleLanguage: title?.language,
    link,
    guid: link,
    pubDate: post.publishedAt,
    creator: post.authorName,
    categories: post.category ? [pick(post.category.names, locale)] : [],
    description:
      postField(post.translations, 'excerpt', locale)?.text ?? breakExcerpts(post.blocks)[locale],
    html: postHtml(post.blocks, locale, post.originalLanguage, base),
    image: absoluteImageSrc(post.coverSrc, base) ?? undefined,
  };
}

const items = (locale: Locale, base: string) =>
  feedItems(
    listPublishedPosts({ perPage: FEED_SIZE }).posts,
    (p) => `post ${p.slug}`,
    (p) => item(p.slug, locale, base),
  );

/** RSS 2.0 of the newest public posts, each in full in the feed's language (original where untranslated). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const base = siteUrl();
  const settings = getSettings();
  return rssResponse(
    rssDocument({
      title: pick(settings.titles, locale),
      link: `${base}/${locale}`,
      selfUrl: `${base}/${locale}/feed.xml`,
      description: pick(settings.descriptions, locale),
      language: locale,
      items: items(locale, base),
    }),
  );
}
