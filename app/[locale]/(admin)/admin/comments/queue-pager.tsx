import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';

type Props = {
  t: Translate;
  path: string;
  page: number;
  pages: number;
  query: Record<string, string>;
};

export function QueuePager({ t, path, page, pages, query }: Props) {
  if (pages <= 1) return null;
  const href = (p: number) => `${path}?${new URLSearchParams({ ...query, page: String(p) })}`;
  return (
    <nav className="pagination" aria-label={t('admin.queue.pagination')}>
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          ← {t('admin.queue.newer')}
        </Link>
      )}
      <span>{t('admin.queue.pageOf', { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          {t('admin.queue.older')} →
        </Link>
      )}
    </nav>
  );
}
