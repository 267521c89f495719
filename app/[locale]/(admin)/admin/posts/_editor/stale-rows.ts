import type { StalePair } from '@/lib/blocks/stale';
import type { EditorBlock } from './block-ops';

/**
 * Where the saved post's stale pairs are among the form's rows (rows carry their block ids, so a
 * pair follows its block when rows move), and whether a row's original has unsaved edits.
 */
export function staleRows(
  blocks: Array<
    { id?: EditorBlock['id']; texts: Partial<Record<string, string | null>> } | undefined
  >,
  stale: StalePair[],
  original: string,
  translation: string | null,
) {
  return {
    place(pair: StalePair) {
      const index = blocks.findIndex((b) => b?.id === pair.blockId);
      return index < 0 ? null : { n: index + 1, target: `block-row-${index}` };
    },
    staleIn(index: number) {
      const id = blocks[index]?.id;
      return stale.find((p) => p.language === translation && id && p.blockId === id);
    },
    // The form's text as the server will store it (trailing space dropped), against the saved one.
    unsaved(index: number, pair: StalePair) {
      return (blocks[index]?.texts[original] ?? '').replace(/\s+$/, '') !== pair.original;
    },
  };
}
