import 'server-only';
import type { SQL } from 'drizzle-orm';
import { getPostBySlug, listPublishedPosts } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { breakExcerpts } from '@/lib/blocks/excerpt';
import { absoluteImageSrc } from '@/lib/blocks/stored-src';
import { postHtml } from '@/lib/feeds/post-html';
import { feedItems, rssDocument, rssResponse, type FeedItem } from '@/lib/feeds/rss';
import { pick, postField } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { siteUrl } from '@/lib/site-url';

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
    // Every category, then every tag, as WordPress's feeds list them.
    categories: [...post.categories, ...post.tags].map((c) => pick(c.names, locale) || c.slug),
    description:
      postField(post.translations, 'excerpt', locale)?.text ?? breakExcerpts(post.blocks)[locale],
    html: postHtml(post.blocks, locale, post.originalLanguage, base),
    image: absoluteImageSrc(post.coverSrc, base) ?? undefined,
  };
}

/**
 * RSS 2.0 of the newest public posts (those matching `where`, when given), each in full in the
 * feed's language (original where untranslated). `path` is the feed's page, `name` its subject.
 */
export function postsFeed({
  locale,
  path,
  name,
  where,
}: {
  locale: Locale;
  path: string;
  name?: string;
  where?: SQL;
}) {
  const base = siteUrl();
  const settings = getSettings();
  const site = pick(settings.titles, locale);
  return rssResponse(
    rssDocument({
      title: name ? `${site}: ${name}` : site,
      link: `${base}${path}`,
      selfUrl: `${base}${path}/feed.xml`,
      description: pick(settings.descriptions, locale),
      language: locale,
      items: feedItems(
        listPublishedPosts({ perPage: FEED_SIZE, where }).posts,
        (p) => `post ${p.slug}`,
        (p) => item(p.slug, locale, base),
      ),
    }),
  );
}
