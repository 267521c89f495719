'use client';

import { useTranslations } from 'next-intl';
import type { StalePair } from '@/lib/blocks/stale';
import styles from './editor.module.css';

type Props = {
  stale: StalePair[];
  /** Each pair's block number and the id of its translation field (when that row is shown). */
  place: (pair: StalePair) => { n: number; target: string } | null;
  names: Record<string, string>;
};

/** Above the blocks: how many translations need checking, with a link to each. */
export function StaleSummary({ stale, place, names }: Props) {
  const t = useTranslations('stale');
  if (!stale.length) return null;
  return (
    <div className={styles.staleSummary} role="status" data-testid="stale-summary">
      <p>{t('summary', { count: stale.length })}</p>
      <ul>
        {stale.map((pair) => {
          const where = place(pair);
          if (!where) return null;
          const label = t('summaryItem', {
            n: where.n,
            language: names[pair.language] ?? pair.language,
          });
          return (
            <li key={`${pair.blockId}-${pair.language}`}>
              <a href={`#${where.target}`}>{label}</a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
