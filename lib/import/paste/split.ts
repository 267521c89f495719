import type { BlockInput } from '@/lib/blocks/types';
import { splitLongText } from '../mt/html-blocks';

/** A pasted block over the length limit, saved as `pieces` blocks in a row from `blockIndex` on. */
export type SplitBlock = { blockIndex: number; pieces: number };

/**
 * One block as several: the original's pieces in order, each translation's pieces beside them.
 * A translation with more pieces than its original keeps the surplus in blocks of their own,
 * text in the original column, as unaligned translations are (the editor marks nothing lost).
 */
function splitBlock(block: BlockInput, original: string): BlockInput[] {
  const pieces = Object.fromEntries(
    Object.entries(block.texts).map(([l, t]) => [l, t === null ? [] : splitLongText(t)]),
  );
  const own = pieces[original] ?? [];
  if (own.length === 0) return [block]; // an image without alt text in the original: nothing to split by
  const blocks = own.map((text, i) => ({
    ...(i === 0 ? block : { kind: block.kind === 'image' ? ('paragraph' as const) : block.kind }),
    texts: Object.fromEntries(
      Object.keys(block.texts).map((l) => [l, l === original ? text : (pieces[l]?.[i] ?? null)]),
    ),
  }));
  for (const [l, list] of Object.entries(pieces)) {
    if (l === original) continue;
    for (const text of list.slice(own.length)) {
      blocks.push({
        kind: 'paragraph',
        texts: Object.fromEntries(
          Object.keys(block.texts).map((k) => [k, k === original ? text : null]),
        ),
      });
    }
  }
  return blocks;
}

/** Blocks whose text is over BLOCK_TEXT_MAX, split so every piece fits; `split` lists them. */
export function splitLongBlocks(
  blocks: BlockInput[],
  original: string,
): { blocks: BlockInput[]; split: SplitBlock[] } {
  const out: BlockInput[] = [];
  const split: SplitBlock[] = [];
  for (const block of blocks) {
    const pieces = splitBlock(block, original);
    if (pieces.length > 1) split.push({ blockIndex: out.length, pieces: pieces.length });
    out.push(...pieces);
  }
  return { blocks: out, split };
}
