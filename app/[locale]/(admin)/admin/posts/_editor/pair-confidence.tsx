'use client';

import { useLocale, useTranslations } from 'next-intl';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PasteAlignment } from '@/lib/import/paste/import';
import type { Cue } from '@/lib/import/paste/cues';
import type { PostFormValues } from '@/lib/validations/post';
import styles from './pair-confidence.module.css';

type Pair = Pick<PasteAlignment, 'text' | 'confidence' | 'reasons'>;

// The import proposal's pairs by translation text: rows move and merge, the text stays the same
// until the owner edits it (and then has reviewed it).
const PairReview = createContext<ReadonlyMap<string, Pair> | null>(null);

/** Gives every row of the editor below it the aligner's confidence in its pair. */
export function PairReviewProvider({ pairs, children }: { pairs: Pair[]; children: ReactNode }) {
  const byText = useMemo(() => new Map(pairs.map((p) => [p.text, p])), [pairs]);
  return <PairReview.Provider value={byText}>{children}</PairReview.Provider>;
}

const NEGATIVE = new Set<Cue['kind']>(['missingNumbers']);

/** Cues in the reader's words: "same numbers: 2025, 40%", "names match: ペスコフ ↔ Peskov". */
export function useCueWords() {
  const t = useTranslations('alignment');
  const locale = useLocale();
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const value = (kind: Cue['kind'], v: string) => {
    if (kind === 'months') return month.format(Date.UTC(2000, Number(v) - 1, 1));
    // 2 January 2000 was a Sunday (day 0).
    if (kind === 'weekdays') return weekday.format(Date.UTC(2000, 0, 2 + Number(v)));
    // Compared by value (1億2000万 = 120 million): shown grouped, 120,000,000.
    if (kind === 'numbers' && /^\d+(\.\d+)?$/.test(v) && v.length > 4)
      return number.format(Number(v));
    return v;
  };
  const words = (c: Cue) =>
    t(`cues.${c.kind}`, { values: c.values.map((v) => value(c.kind, v)).join(', ') });
  return (reasons: Cue[]) => {
    const good = reasons.filter((c) => !NEGATIVE.has(c.kind)).map(words);
    const bad = reasons.filter((c) => NEGATIVE.has(c.kind)).map(words);
    const because = t('because', { cues: good.join(' · ') || t('onlyOrder') });
    return bad.length ? `${because} ${t('but', { cues: bad.join(' · ') })}` : because;
  };
}

function Note({ pair }: { pair: Pair }) {
  const t = useTranslations('alignment');
  const cueWords = useCueWords();
  return (
    <p
      role="note"
      className={`${styles.note} ${styles[pair.confidence]}`}
      data-confidence={pair.confidence}
    >
      <strong>{t(pair.confidence)}</strong> <span>{cueWords(pair.reasons)}</span>
    </p>
  );
}

function RowNote({ index, translation }: { index: number; translation: string }) {
  const pairs = useContext(PairReview);
  const { control } = useFormContext<PostFormValues>();
  const text = useWatch({ control, name: `blocks.${index}.texts.${translation}` });
  const pair = text ? pairs?.get(text) : undefined;
  return pair ? <Note pair={pair} /> : null;
}

/** Under a row: how sure the importer is of its pair, and why; weak pairs stand out for review. */
export function PairConfidence({
  index,
  translation,
}: {
  index: number;
  translation: string | null;
}) {
  const pairs = useContext(PairReview);
  if (!pairs?.size || !translation) return null;
  return <RowNote index={index} translation={translation} />;
}
