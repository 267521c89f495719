'use client';

import { useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { PostFormValues } from '@/lib/validations/post';
import { emptyBlock, mergeBlocks, splitBlock, type EditorBlock } from './block-ops';
import type { Caret, RowOp } from './block-row';

type Options = { languages: string[]; original: string; translation: string | null };

/**
 * The block list's operations (move, insert, split, merge, untranslate, remove) on the form's
 * field array, with focus following the row that moved. Pure text maths lives in block-ops.ts.
 */
export function useBlockOps({ languages, original, translation }: Options) {
  const { control, getValues, setValue, setFocus } = useFormContext<PostFormValues>();
  const { fields, move, insert, remove } = useFieldArray({ control, name: 'blocks' });
  const caret = useRef<{ index: number } & Caret>(null);

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
    const at0 = where?.at ?? element?.selectionStart ?? 0;
    const parts = splitBlock(block(index), lang, at0, languages);
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

  const onCaret = (index: number, c: Caret) => (caret.current = { index, ...c });
  return { fields, onOp, onCaret };
}
