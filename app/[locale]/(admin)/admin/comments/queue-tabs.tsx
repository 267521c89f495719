import Link from 'next/link';
import { COMMENT_STATUSES, type CommentStatus } from '@/db/schema';
import type { Translate } from '@/lib/i18n/translate';

type Props = {
  t: Translate;
  path: string;
  current: CommentStatus;
  counts: Record<CommentStatus, number>;
  keep: Record<string, string>;
};

/** Pending, Approved, Spam, Trash as links (they work without JavaScript), each with its count. */
export function QueueTabs({ t, path, current, counts, keep }: Props) {
  return (
    <nav aria-label={t('admin.queue.tabs')} className="queue-tabs">
      <ul>
        {COMMENT_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={`${path}?${new URLSearchParams({ status, ...keep })}`}
              aria-current={status === current ? 'page' : undefined}
            >
              {t(`admin.status.${status}`)} <span className="count">({counts[status]})</span>
            </Link>
          </li>
        ))}
        {/* Readers' translation suggestions have a queue of their own (admin/suggestions). */}
        <li>
          <Link href={path.replace(/comments$/, 'suggestions')}>{t('suggestionQueue.tab')}</Link>
        </li>
      </ul>
    </nav>
  );
}
