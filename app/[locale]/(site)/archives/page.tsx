import type { Metadata } from 'next';
import Link from 'next/link';
import { getSettings } from '@/db/queries/settings';
import { listPublicationTimes } from '@/db/queries/site';
import { countByMonth, monthPath, type YearMonth } from '@/lib/archive/months';
import { formatMonth } from '@/lib/format';
import { localeFrom } from '@/server/i18n';

type Props = { params: Promise<{ locale: string }> };

export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('site.archivesTitle') };
}

/** Months grouped by year, newest first. */
function byYear(months: Array<YearMonth & { count: number }>) {
  const years = new Map<number, typeof months>();
  for (const m of months) years.set(m.year, [...(years.get(m.year) ?? []), m]);
  return [...years.entries()];
}

/** Every month with public posts (in the blog's time zone) and how many. */
export default async function ArchivesPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const months = countByMonth(listPublicationTimes(), getSettings().timeZone);
  return (
    <>
      <h1 className="page-title">{t('site.archivesTitle')}</h1>
      {months.length === 0 && <p>{t('site.noPosts')}</p>}
      <div className="archive-years">
        {byYear(months).map(([year, list]) => (
          <section key={year} aria-labelledby={`year-${year}`} className="archive-year">
            <h2 id={`year-${year}`}>{t('site.archiveYear', { year })}</h2>
            <ul>
              {list.map((m) => (
                <li key={m.month}>
                  <Link href={`/${locale}/archives/${monthPath(m)}`}>
                    {t('site.monthLink', {
                      month: formatMonth(m.year, m.month, locale),
                      count: m.count,
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
