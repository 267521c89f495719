'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { StalePair } from '@/lib/blocks/stale';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { PostFormValues } from '@/lib/validations/post';
import {
  countTranslated,
  emptyBlock,
  mergeBlocks,
  splitBlock,
  type EditorBlock,
} from './block-ops';
import { BlockRow, type Caret, type RowOp } from './block-row';
import { StaleNote } from './stale-note';
import { staleRows } from './stale-rows';
import { StaleSummary } from './stale-summary';
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
  const { control, getValues, setValue, setFocus, formState } = useFormContext<PostFormValues>();
  const { fields, move, insert, remove } = useFieldArray({ control, name: 'blocks' });
  const blocks = useWatch({ control, name: 'blocks' });
  const original = useWatch({ control, name: 'originalLanguage' });
  const chosen = useWatch({ control, name: 'translationLanguages' }).filter((l) => l !== original);
  const [shown, setShown] = useState<string | null>(null);
  const translation = shown && chosen.includes(shown) ? shown : (chosen[0] ?? null);
  const caret = useRef<{ index: number } & Caret>(null);
  const coverage = translation ? countTranslated(blocks, translation) : null;
  const { place, staleIn, unsaved } = staleRows(blocks, stale, original, translation);

  const focusLater = (index: number, lang: string) =>
    requestAnimationFrame(() => setFocus(`blocks.${index}.texts.${lang}`));
  const block = (i: number) => getValues(`blocks.${i}`) as EditorBlock;
  // Field-array actions must be one per render: a row's own texts change through setValue.
  const setTexts = (i: number, texts: EditorBlock['texts']) => {
    for (const l of languages)
      setValue(`blocks.${i}.texts.${l}`, texts[l] ?? null, { shouldDirty: true });
  };

  function split(index: number, at?: Caret) {
    const where = at ?? (caret.current?.index === index ? caret.current : undefined);
    const lang = where?.lang ?? original;
    const element = document.getElementById(`block-${index}-${lang}`) as HTMLTextAreaElement | null;
    const parts = splitBlock(
      block(index),
      lang,
      where?.at ?? element?.selectionStart ?? 0,
      languages,
    );
    if (!parts) return;
    setTexts(index, parts[0].texts);
    insert(index + 1, parts[1], { shouldFocus: false });
    focusLater(index + 1, lang);
  }

  function onOp(op: RowOp, index: number, at?: Caret) {
    const lang = at?.lang ?? original;
    const last = fields.length - 1;
    switch (op) {
      case 'up':
      case 'down': {
        const to = op === 'up' ? index - 1 : index + 1;
        if (to < 0 || to > last) return;
        move(index, to);
        return focusLater(to, lang);
      }
      case 'insertAbove':
      case 'insertBelow': {
        const position = op === 'insertAbove' ? index : index + 1;
        insert(position, emptyBlock(languages), { shouldFocus: false });
        return focusLater(position, original);
      }
      case 'split':
        return split(index, at);
      case 'merge':
        if (index >= last) return;
        setTexts(index, mergeBlocks(block(index), block(index + 1), languages).texts);
        remove(index + 1);
        return focusLater(index, lang);
      case 'untranslate':
        if (translation)
          setValue(`blocks.${index}.texts.${translation}`, null, { shouldDirty: true });
        return;
      case 'remove':
        if (last === 0) return;
        remove(index);
        return focusLater(Math.min(index, last - 1), original);
    }
  }

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
          onCaret={(i, c) => (caret.current = { index: i, ...c })}
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
