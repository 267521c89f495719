import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { and, gte, lt } from 'drizzle-orm';
import { PostList } from '@/components/post-list';
import { listPublishedPosts } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { posts as postsTable } from '@/db/schema';
import { monthPath, monthRange, parseYearMonth } from '@/lib/archive/months';
import { formatMonth } from '@/lib/format';
import { localeFrom } from '@/server/i18n';

type Props = { params: Promise<{ locale: string; year: string; month: string }> };

async function monthFrom(params: Props['params']) {
  const { year, month } = await params;
  const ym = parseYearMonth(year, month);
  if (!ym) notFound();
  return ym;
}

export async function monthMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeFrom(params);
  const { year, month } = await monthFrom(params);
  return { title: t('site.archiveMonthTitle', { month: formatMonth(year, month, locale) }) };
}

/** Posts published in one calendar month of the blog's time zone, one page of them. */
export async function MonthView({ params, page }: Props & { page: number }) {
  const { locale, t } = await localeFrom(params);
  const ym = await monthFrom(params);
  const settings = getSettings();
  const { start, end } = monthRange(ym, settings.timeZone);
  const where = and(gte(postsTable.publishedAt, start), lt(postsTable.publishedAt, end));
  const { posts, total } = listPublishedPosts({ page, perPage: settings.postsPerPage, where });
  // An empty archive is a 404, as in WordPress: only pages that list something exist.
  if (posts.length === 0) notFound();
  return (
    <>
      <h1 className="page-title">
        {t('site.archiveMonthTitle', { month: formatMonth(ym.year, ym.month, locale) })}
      </h1>
      <PostList
        posts={posts}
        total={total}
        page={page}
        perPage={settings.postsPerPage}
        basePath={`/${locale}/archives/${monthPath(ym)}`}
        locale={locale}
        t={t}
        timeZone={settings.timeZone}
      />
    </>
  );
}
