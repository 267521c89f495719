'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { BlockKind } from '@/lib/model';
import type { PostFormValues } from '@/lib/validations/post';
import { BlockPreview } from './block-preview';
import { applyEdit, type TextEdit } from './text-edits';
import styles from './editor.module.css';

type Props = {
  kind: BlockKind;
  name: `blocks.${number}.texts.${string}`;
  lang: string;
  /** For labels: "block 3 (English)". */
  n: number;
  language: string;
  /** The id of the block's textarea (registered with the form by the row, next to this). */
  id: string;
};

const KEYS: Partial<Record<string, TextEdit>> = { b: 'bold', i: 'italic', k: 'link' };
const SHORTCUTS: Partial<Record<TextEdit, string>> = {
  bold: 'Control+B Meta+B',
  italic: 'Control+I Meta+I',
  link: 'Control+K Meta+K',
};

/** Which edits a kind can hold: headings and list items are one line of inline text. */
function editsFor(kind: BlockKind): TextEdit[] {
  if (kind === 'code' || kind === 'image') return [];
  if (kind === 'paragraph' || kind === 'quote')
    return ['bold', 'italic', 'link', 'list', 'table', 'footnote', 'ruby'];
  return ['bold', 'italic', 'link', 'ruby'];
}

/**
 * A block text's toolbar with its keyboard shortcuts and, on demand, the reader's rendering (placed
 * after the textarea by CSS order, so the row's markup stays as it was).
 */
export function BlockTextTools({ kind, name, id, lang, n, language }: Props) {
  const t = useTranslations('editor.textTools');
  const locale = useLocale();
  const { setValue } = useFormContext<PostFormValues>();
  const editRef = useRef<(which: TextEdit) => void>(() => {});
  const [previewing, setPreviewing] = useState(false);
  const edits = editsFor(kind);

  function edit(which: TextEdit) {
    const area = document.getElementById(id);
    if (!(area instanceof HTMLTextAreaElement)) return;
    const next = applyEdit(
      { value: area.value, start: area.selectionStart, end: area.selectionEnd },
      which,
    );
    setValue(name, next.value, { shouldDirty: true });
    area.focus();
    area.setSelectionRange(next.start, next.end);
  }

  useEffect(() => {
    editRef.current = edit;
  });

  // Ctrl/⌘+B, I, K while typing in the block's textarea.
  const allowed = edits.join(' ');
  useEffect(() => {
    const area = document.getElementById(id);
    const onKeyDown = (event: KeyboardEvent) => {
      const which = KEYS[event.key.toLowerCase()];
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || !which) return;
      if (!allowed.split(' ').includes(which)) return;
      event.preventDefault();
      editRef.current(which);
    };
    area?.addEventListener('keydown', onKeyDown);
    return () => area?.removeEventListener('keydown', onKeyDown);
  }, [id, allowed]);

  return (
    <>
      {edits.length > 0 && (
        <div role="toolbar" aria-label={t('label', { n, language })} className={styles.textTools}>
          {edits.map((which) => (
            <button
              key={which}
              type="button"
              className={styles.textTool}
              aria-keyshortcuts={SHORTCUTS[which]}
              onClick={() => edit(which)}
            >
              {t(which)}
            </button>
          ))}
          <button
            type="button"
            className={styles.textTool}
            aria-pressed={previewing}
            onClick={() => setPreviewing((on) => !on)}
          >
            {t('preview')}
          </button>
        </div>
      )}
      {previewing && (
        <BlockPreview
          {...{ kind, name, lang, locale }}
          label={t('previewOf', { n, language })}
          failed={t('previewFailed')}
        />
      )}
    </>
  );
}
