import Link from 'next/link';
import { SUGGESTION_STATUSES, type SuggestionStatus } from '@/db/schema';
import type { Translate } from '@/lib/i18n/translate';

type Props = {
  t: Translate;
  locale: string;
  current: SuggestionStatus;
  counts: Record<SuggestionStatus, number>;
};

/** Back to the comment queue, then each suggestion status with its count (links, no JavaScript). */
export function SuggestionTabs({ t, locale, current, counts }: Props) {
  const path = `/${locale}/admin/suggestions`;
  return (
    <nav aria-label={t('suggestionQueue.tabs')} className="queue-tabs">
      <ul>
        <li>
          <Link href={`/${locale}/admin/comments`}>{t('suggestionQueue.comments')}</Link>
        </li>
        {SUGGESTION_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={`${path}?${new URLSearchParams({ status })}`}
              aria-current={status === current ? 'page' : undefined}
            >
              {t(`suggestionQueue.status.${status}`)}{' '}
              <span className="count">({counts[status]})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
