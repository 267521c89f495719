import { escapeHtml } from '@/lib/blocks/inline';
import { warnOnce } from '@/lib/warn-once';

export type FeedItem = {
  title: string;
  /** Set when the title is not in the channel's language (a fallback to the original). */
  titleLanguage?: string;
  link: string;
  guid: string;
  pubDate: Date;
  creator: string;
  categories?: string[];
  description?: string;
  /** Full HTML body (escaped into the XML as text). */
  html?: string;
  /** The post's cover image, absolute (Media RSS). */
  image?: string;
};

export type FeedChannel = {
  title: string;
  link: string;
  selfUrl: string;
  description: string;
  language: string;
  items: FeedItem[];
};

// Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content or attribute value that is always well-formed XML. */
export function xml(value: string): string {
  return escapeHtml(value.replace(INVALID_XML, ''));
}

const element = (name: string, value: string | undefined, attrs = '') =>
  value ? `<${name}${attrs}>${xml(value)}</${name}>` : '';

function itemXml(item: FeedItem, channelLanguage: string): string {
  const titleLang =
    item.titleLanguage && item.titleLanguage !== channelLanguage
      ? ` xml:lang="${xml(item.titleLanguage)}"`
      : '';
  return [
    '<item>',
    element('title', item.title, titleLang),
    element('link', item.link),
    element('guid', item.guid, ` isPermaLink="${item.guid === item.link}"`),
    element('pubDate', item.pubDate.toUTCString()),
    element('dc:creator', item.creator),
    ...(item.categories ?? []).map((c) => element('category', c)),
    element('description', item.description),
    element('content:encoded', item.html),
    item.image ? `<media:content url="${xml(item.image)}" medium="image"/>` : '',
    '</item>',
  ].join('');
}

/** An RSS 2.0 document. Authors go in dc:creator: RSS's own <author> would need an email address. */
export function rssDocument(channel: FeedChannel): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    `<description>${xml(channel.description)}</description>`,
    element('language', channel.language),
    `<atom:link href="${xml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    element('lastBuildDate', (channel.items[0]?.pubDate ?? new Date(0)).toUTCString()),
    ...channel.items.map((item) => itemXml(item, channel.language)),
    '</channel>',
    '</rss>',
  ].join('\n');
}

/**
 * Feed items built one row at a time: a row whose stored data cannot be rendered is left out (and
 * logged once), so one bad post or comment never takes the whole feed down.
 */
export function feedItems<T>(
  rows: T[],
  key: (row: T) => string,
  build: (row: T) => FeedItem | null,
): FeedItem[] {
  return rows.flatMap((row) => {
    try {
      return build(row) ?? [];
    } catch (error) {
      warnOnce(
        `feed:${key(row)}`,
        `Left ${key(row)} out of a feed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return [];
    }
  });
}

/** The response for a feed: XML, cacheable by a shared HTTP cache for a few minutes. */
export function rssResponse(body: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=600',
    },
  });
}
