import { textOptional } from '@/lib/blocks/media';
import type { BlockKind } from '@/db/schema';

/** A block as the editor form holds it: null or '' both mean "not translated". */
export type EditorBlock = {
  /** The stored block (kept on save); a new, split-off or never-saved block has none. */
  id?: number | null;
  kind: BlockKind;
  src: string | null;
  texts: Record<string, string | null>;
};

const CJK = /^(ja|zh|ko)(-|$)/;

export function emptyBlock(languages: string[], kind: BlockKind = 'paragraph'): EditorBlock {
  return { kind, src: null, texts: Object.fromEntries(languages.map((l) => [l, null])) };
}

const filled = (text: string | null | undefined): text is string => !!text && text.trim() !== '';

/** Joins two texts of one language: lines for lists, nothing between CJK sentences, else a space. */
export function joinText(
  a: string | null | undefined,
  b: string | null | undefined,
  language: string,
  kind: BlockKind,
): string | null {
  if (!filled(a)) return filled(b) ? b : null;
  if (!filled(b)) return a;
  const separator = kind === 'list' || kind === 'code' ? '\n' : CJK.test(language) ? '' : ' ';
  return `${a.trimEnd()}${separator}${b.trimStart()}`;
}

/** Block `a` followed by `b` as one block (kind and image of the first). */
export function mergeBlocks(a: EditorBlock, b: EditorBlock, languages: string[]): EditorBlock {
  return {
    ...a,
    texts: Object.fromEntries(
      languages.map((l) => [l, joinText(a.texts[l], b.texts[l], l, a.kind)]),
    ),
  };
}

/**
 * Splits one cell at the cursor: the text before stays, the text after becomes a new block below
 * (same kind, other languages empty). Returns null when the cursor is at an edge (nothing to split).
 */
export function splitBlock(
  block: EditorBlock,
  language: string,
  at: number,
  languages: string[],
): [EditorBlock, EditorBlock] | null {
  const text = block.texts[language] ?? '';
  const head = text.slice(0, at).trimEnd();
  const tail = text.slice(at).trimStart();
  if (!head || !tail) return null;
  // The tail of a caption becomes text: a second picture would need an address of its own.
  const kind = textOptional(block.kind) ? 'paragraph' : block.kind;
  return [
    { ...block, texts: { ...block.texts, [language]: head } },
    { ...emptyBlock(languages, kind), texts: { ...emptyBlock(languages).texts, [language]: tail } },
  ];
}

/** Blocks with text in `language`, out of all blocks. */
export function countTranslated(
  blocks: Array<{ texts: Record<string, string | null | undefined> }>,
  language: string,
) {
  return {
    translated: blocks.filter((b) => filled(b.texts[language])).length,
    total: blocks.length,
  };
}
