'use client';

import { useTranslations } from 'next-intl';
import type { KeyboardEvent, ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { BLOCK_KINDS, type BlockKind } from '@/lib/model';
import { BLOCK_TEXT_MAX, type PostFormValues } from '@/lib/validations/post';
import { BlockTextTools } from './block-text-tools';
import { MediaFields } from './media-fields';
import { PairConfidence } from './pair-confidence';
import styles from './editor.module.css';

export type RowOp =
  'up' | 'down' | 'insertAbove' | 'insertBelow' | 'split' | 'merge' | 'remove' | 'untranslate';
export type Caret = { lang: string; at: number };

type Props = {
  index: number;
  total: number;
  kind: string;
  original: string;
  translation: string | null;
  translated: boolean;
  names: Record<string, string>;
  onOp: (op: RowOp, index: number, caret?: Caret) => void;
  onCaret: (index: number, caret: Caret) => void;
  /** Shown under the cells: the stale-translation note, when there is one. */
  children?: ReactNode;
};

// Alt+key shortcuts inside a row; event.code keeps them independent of the keyboard layout.
const SHORTCUTS: Record<string, RowOp> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  Enter: 'split',
  KeyJ: 'merge',
  KeyN: 'insertBelow',
};
const KEYS: Partial<Record<RowOp, string>> = {
  up: 'Alt+ArrowUp',
  down: 'Alt+ArrowDown',
  split: 'Alt+Enter',
  merge: 'Alt+J',
  insertBelow: 'Alt+N',
  insertAbove: 'Alt+Shift+N',
};

function caretOf(target: EventTarget): Caret | undefined {
  if (!(target instanceof HTMLTextAreaElement) || !target.dataset.lang) return undefined;
  return { lang: target.dataset.lang, at: target.selectionStart };
}

// Media blocks' cells hold a caption (an embed's: its title), one line.
const CELL_LABELS: Record<string, 'altText' | 'captionCell' | 'embedTitleCell'> = {
  image: 'altText',
  gallery: 'captionCell',
  audio: 'captionCell',
  video: 'captionCell',
  embed: 'embedTitleCell',
};

/** One block: its tools, the original on the left and the translation on the right. */
export function BlockRow({
  index,
  total,
  kind,
  original,
  translation,
  translated,
  names,
  onOp,
  onCaret,
  children,
}: Props) {
  const t = useTranslations('editor');
  const errorOf = useErrorText();
  const { register, formState } = useFormContext<PostFormValues>();
  const errors = formState.errors.blocks?.[index];
  const n = index + 1;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const op =
      event.shiftKey && event.code === 'KeyN'
        ? 'insertAbove'
        : !event.shiftKey
          ? SHORTCUTS[event.code]
          : undefined;
    if (!op) return;
    event.preventDefault();
    onOp(op, index, caretOf(event.target));
  };

  const tool = (op: RowOp, symbol: string, label: string, disabled = false) => (
    <button
      type="button"
      className={styles.tool}
      onClick={() => onOp(op, index)}
      disabled={disabled}
      aria-keyshortcuts={KEYS[op]}
      title={label}
    >
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );

  const cell = (lang: string, side: 'original' | 'translation') => {
    const error = errorOf(errors?.texts?.[lang]?.message);
    const id = `block-${index}-${lang}`;
    const label = CELL_LABELS[kind] ?? (side === 'original' ? 'originalCell' : 'translationCell');
    return (
      <div className={`${styles.cell} ${styles[side]}`}>
        <label htmlFor={id} className="visually-hidden">
          {t(label, { n, language: names[lang] ?? lang })}
        </label>
        <BlockTextTools
          kind={kind as BlockKind}
          name={`blocks.${index}.texts.${lang}`}
          {...{ id, lang, n }}
          language={names[lang] ?? lang}
        />
        <textarea
          id={id}
          lang={lang}
          data-lang={lang}
          rows={kind === 'heading' || kind === 'subheading' || kind in CELL_LABELS ? 1 : 3}
          maxLength={BLOCK_TEXT_MAX}
          placeholder={side === 'translation' ? t('notTranslated') : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...register(`blocks.${index}.texts.${lang}`)}
        />
        {error && (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <fieldset
      id={`block-row-${index}`}
      className={`${styles.row} ${translation && !translated ? styles.untranslated : ''}`}
      data-kind={kind}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        const caret = caretOf(event.target);
        if (caret) onCaret(index, caret);
      }}
    >
      <legend className={styles.legend}>
        {t('blockN', { n })}
        {translation && !translated && <span className={styles.badge}>{t('notTranslated')}</span>}
      </legend>
      <div className={styles.tools}>
        <label className="visually-hidden" htmlFor={`block-${index}-kind`}>
          {t('kindOf', { n })}
        </label>
        <select id={`block-${index}-kind`} {...register(`blocks.${index}.kind`)}>
          {BLOCK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        {tool('up', '↑', t('moveUp'), index === 0)}
        {tool('down', '↓', t('moveDown'), index === total - 1)}
        {tool('insertAbove', '+↑', t('insertAbove'))}
        {tool('insertBelow', '+↓', t('insertBelow'))}
        {tool('split', '✂', t('split'))}
        {tool('merge', '⊕', t('merge'), index === total - 1)}
        {translation && tool('untranslate', '∅', t('markUntranslated'), !translated)}
        {tool('remove', '✕', t('remove'), total === 1)}
      </div>
      <MediaFields kind={kind} index={index} />
      {kind !== 'more' && (
        <div className={styles.cells}>
          {cell(original, 'original')}
          {translation && cell(translation, 'translation')}
        </div>
      )}
      {children}
      <PairConfidence index={index} translation={translation} />
    </fieldset>
  );
}
