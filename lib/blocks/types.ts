import type { BlockKind } from '@/lib/model';

/** A block's text per language; `null` means "not translated" (never an empty string). */
export type BlockTexts = Record<string, string | null>;

/** `id`: the stored block this one is (kept on save); none for a new block. */
export type BlockInput = {
  id?: number | null;
  kind: BlockKind;
  src?: string | null;
  /** Image blocks: where the picture links to. */
  href?: string | null;
  texts: BlockTexts;
};
export type PostBlock = BlockInput & {
  id: number;
  position: number;
  /** Languages whose translation was made from an earlier text of the original (lib/blocks/stale). */
  stale?: string[];
  /** Per language: the reader credited for the translation (an accepted suggestion). */
  credits?: Record<string, string>;
};

export type Coverage = { translated: number; total: number; stale: number };

/**
 * How many blocks have text in `language` (the original language always covers every block), and
 * how many of those translations are stale.
 */
export function coverage(
  all: Array<Pick<PostBlock, 'texts' | 'stale'> & { kind?: BlockKind }>,
  language: string,
): Coverage {
  // The excerpt break has no text to translate.
  const blocks = all.filter((b) => b.kind !== 'more');
  const translated = blocks.filter((b) => typeof b.texts[language] === 'string');
  const stale = translated.filter((b) => b.stale?.includes(language)).length;
  return { translated: translated.length, total: blocks.length, stale };
}

/** Text to show for `language`, falling back to the original; says which language it is in. */
export function textFor(block: Pick<BlockInput, 'texts'>, language: string, original: string) {
  const own = block.texts[language];
  if (typeof own === 'string') return { text: own, language, fallback: false };
  return { text: block.texts[original] ?? '', language: original, fallback: language !== original };
}
