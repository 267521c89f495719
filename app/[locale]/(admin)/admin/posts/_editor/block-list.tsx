'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { StalePair } from '@/lib/blocks/stale';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { PostFormValues } from '@/lib/validations/post';
import { countTranslated } from './block-ops';
import { BlockRow } from './block-row';
import { StaleNote } from './stale-note';
import { staleRows } from './stale-rows';
import { StaleSummary } from './stale-summary';
import { useBlockOps } from './use-block-ops';
import styles from './editor.module.css';

type Props = {
  languages: string[];
  names: Record<string, string>;
  /** The saved post's id (null until first saved) and its stale translations. */
  postId: number | null;
  stale: StalePair[];
  onStale: (stale: StalePair[]) => void;
};

/** The side-by-side block editor: rows, per-row operations and the live coverage counter. */
export function BlockList({ languages, names, postId, stale, onStale }: Props) {
  const t = useTranslations('editor');
  const errorOf = useErrorText();
  const { control, formState } = useFormContext<PostFormValues>();
  const blocks = useWatch({ control, name: 'blocks' });
  const original = useWatch({ control, name: 'originalLanguage' });
  const chosen = useWatch({ control, name: 'translationLanguages' }).filter((l) => l !== original);
  const [shown, setShown] = useState<string | null>(null);
  const translation = shown && chosen.includes(shown) ? shown : (chosen[0] ?? null);
  const coverage = translation ? countTranslated(blocks, translation) : null;
  const { place, staleIn, unsaved } = staleRows(blocks, stale, original, translation);
  const { fields, onOp, onCaret } = useBlockOps({ languages, original, translation });

  return (
    <section className={styles.blocks} aria-labelledby="blocks-heading">
      <div className={styles.blocksHeader}>
        <h2 id="blocks-heading">{t('blocks')}</h2>
        {coverage && translation && (
          <p className={styles.coverage} aria-live="polite" data-testid="coverage">
            {t('coverage', {
              language: translation,
              translated: coverage.translated,
              total: coverage.total,
            })}
          </p>
        )}
        {chosen.length > 1 && (
          <label>
            {t('translationColumn')}{' '}
            <select value={translation ?? ''} onChange={(e) => setShown(e.target.value)}>
              {chosen.map((l) => (
                <option key={l} value={l}>
                  {names[l] ?? l}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <StaleSummary stale={stale} names={names} place={place} />
      <p className={styles.hint}>{t('shortcuts')}</p>
      {formState.errors.blocks?.root?.message || formState.errors.blocks?.message ? (
        <p className={styles.error} role="alert">
          {errorOf(formState.errors.blocks?.root?.message ?? formState.errors.blocks?.message)}
        </p>
      ) : null}
      <div className={styles.columns} aria-hidden="true">
        <span>{t('originalColumn', { language: names[original] ?? original })}</span>
        {translation && (
          <span>
            {t('translationColumnHeading', { language: names[translation] ?? translation })}
          </span>
        )}
      </div>
      {fields.map((field, index) => (
        <BlockRow
          key={field.id}
          index={index}
          total={fields.length}
          kind={blocks[index]?.kind ?? 'paragraph'}
          original={original}
          translation={translation}
          translated={!!translation && !!blocks[index]?.texts[translation]?.trim()}
          names={names}
          onOp={onOp}
          onCaret={onCaret}
        >
          {postId !== null && staleIn(index) && (
            <StaleNote
              postId={postId}
              pair={staleIn(index)!}
              originalLanguage={original}
              unsaved={unsaved(index, staleIn(index)!)}
              onStale={onStale}
            />
          )}
        </BlockRow>
      ))}
      <button
        type="button"
        className={styles.add}
        onClick={() => onOp('insertBelow', fields.length - 1)}
      >
        {t('addBlock')}
      </button>
    </section>
  );
}
