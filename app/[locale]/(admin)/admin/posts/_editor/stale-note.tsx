'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import type { StalePair } from '@/lib/blocks/stale';
import { wordDiff } from '@/lib/blocks/word-diff';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { confirmTranslationAction } from '../stale-actions';
import styles from './editor.module.css';

type Props = {
  postId: number;
  pair: StalePair;
  originalLanguage: string;
  /** The original in the form differs from the saved one: confirming would not cover it. */
  unsaved: boolean;
  onStale: (stale: StalePair[]) => void;
};

/** A stale pair in the editor: the original's change as a word diff, and "Still correct". */
export function StaleNote({ postId, pair, originalLanguage, unsaved, onStale }: Props) {
  const t = useTranslations('stale');
  const errorOf = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `stale-${pair.blockId}-${pair.language}`;

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await confirmTranslationAction(null, {
        postId,
        blockId: pair.blockId,
        language: pair.language,
        original: pair.original,
      }).catch(() => null);
      if (result?.ok) onStale(result.data.stale);
      else setError(errorOf(result?.error ?? 'network'));
    });

  return (
    <div className={styles.stale} role="group" aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} className={styles.staleHeading}>
        <span className={styles.badge}>{t('badge')}</span> {t('heading')}
      </p>
      <p className={styles.diff} lang={originalLanguage} data-testid="stale-diff">
        {wordDiff(pair.source, pair.original).map((part, i) =>
          part.op === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.op === 'del' ? (
            <del key={i}>
              <span className="visually-hidden">{t('removed')}</span>
              {part.text}
            </del>
          ) : (
            <ins key={i}>
              <span className="visually-hidden">{t('added')}</span>
              {part.text}
            </ins>
          ),
        )}
      </p>
      <button
        type="button"
        className={styles.tool}
        onClick={confirm}
        disabled={pending || unsaved}
        aria-describedby={unsaved ? `${id}-hint` : undefined}
      >
        {pending ? t('confirming') : t('stillCorrect')}
      </button>
      {unsaved && (
        <span id={`${id}-hint`} className={styles.hint}>
          {t('saveFirst')}
        </span>
      )}
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
