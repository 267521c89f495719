import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';

/** `?page=N` from the query; anything that is not a positive integer means page 1. */
export function pageFrom(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 && n < 1e6 ? n : 1;
}

export function Pagination({
  t,
  page,
  pages,
  basePath,
  query = {},
}: {
  t: Translate;
  page: number;
  pages: number;
  basePath: string;
  query?: Record<string, string>;
}) {
  if (pages <= 1) return null;
  const href = (p: number) => `${basePath}?${new URLSearchParams({ ...query, page: String(p) })}`;
  return (
    <nav className="pagination" aria-label={t('site.pageOf', { page, pages })}>
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          ← {t('site.newerPosts')}
        </Link>
      )}
      <span>{t('site.pageOf', { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          {t('site.olderPosts')} →
        </Link>
      )}
    </nav>
  );
}
