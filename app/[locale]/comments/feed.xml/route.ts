import { getSettings } from '@/db/queries/settings';
import { listRecentComments } from '@/db/queries/site';
import { escapeHtml } from '@/lib/blocks/inline';
import { feedItems, rssDocument, rssResponse } from '@/lib/feeds/rss';
import { pick } from '@/lib/format';
import { isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

const FEED_SIZE = 30;

/** Comment text as HTML paragraphs: escaped, line breaks kept, never the commenter's markup. */
const bodyHtml = (body: string) =>
  body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br/>')}</p>`)
    .join('');

/** RSS 2.0 of the newest approved comments on public posts: name, text and a link, never an email. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const t = getTranslator(locale);
  const base = siteUrl();
  const blog = pick(getSettings().titles, locale);
  const items = feedItems(
    listRecentComments({ locale, limit: FEED_SIZE }),
    (c) => `comment ${c.id}`,
    (c) => {
      const link = `${base}/${locale}/posts/${encodeURIComponent(c.postSlug)}#comment-${c.id}`;
      return {
        title: t('site.commentFeedItem', { author: c.authorName, post: c.postTitle }),
        link,
        guid: link,
        pubDate: c.createdAt,
        creator: c.authorName,
        description: bodyHtml(c.body),
      };
    },
  );
  return rssResponse(
    rssDocument({
      title: t('site.commentsFeedTitle', { blog }),
      link: `${base}/${locale}`,
      selfUrl: `${base}/${locale}/comments/feed.xml`,
      description: t('site.commentsFeedDescription', { blog }),
      language: locale,
      items,
    }),
  );
}
