import Link from 'next/link';
import { listCategories } from '@/db/queries/categories';
import { listRecentComments } from '@/db/queries/site';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { TermName } from './term-name';

const EXCERPT = 80;

/** The first EXCERPT characters (code points, so nothing is cut in half). */
function shorten(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : chars.join('');
}

/** Categories, recent approved comments and feeds, below every reader page. */
export function SiteFooter({
  locale,
  t,
  timeZone,
}: {
  locale: Locale;
  t: Translate;
  timeZone: string;
}) {
  const categories = listCategories().filter((c) => c.postCount > 0);
  const recent = listRecentComments({ locale });
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <section aria-labelledby="footer-categories">
          <h2 id="footer-categories">{t('site.categories')}</h2>
          <ul className="footer-list">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={`/${locale}/categories/${c.slug}`}>
                  <TermName names={c.names} locale={locale} />
                </Link>{' '}
                <span className="count">({c.postCount})</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-comments">
          <h2 id="footer-comments">{t('site.recentComments')}</h2>
          {recent.length === 0 && <p>{t('site.noComments')}</p>}
          <ul className="footer-list recent-comments">
            {recent.map((c) => (
              <li key={c.id}>
                <Link href={`/${locale}/posts/${c.postSlug}#comment-${c.id}`} lang={c.language}>
                  {shorten(c.body)}
                </Link>
                <span className="comment-by">
                  <bdi>{c.authorName}</bdi> ·{' '}
                  <time dateTime={c.createdAt.toISOString()}>
                    {formatDateTime(c.createdAt, locale, timeZone)}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-feeds">
          <h2 id="footer-feeds">{t('site.feeds')}</h2>
          <ul className="footer-list">
            <li>
              <a href={`/${locale}/feed.xml`} type="application/rss+xml">
                {t('site.postsFeed')}
              </a>
            </li>
            <li>
              <a href={`/${locale}/comments/feed.xml`} type="application/rss+xml">
                {t('site.commentsFeed')}
              </a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  );
}
