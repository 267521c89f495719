import type { BlockKind } from '@/lib/model';

/** A block's text per language; `null` means "not translated" (never an empty string). */
export type BlockTexts = Record<string, string | null>;

export type BlockInput = { kind: BlockKind; src?: string | null; texts: BlockTexts };
export type PostBlock = BlockInput & {
  id: number;
  position: number;
  /** Per language: the reader credited for the translation (an accepted suggestion). */
  credits?: Record<string, string>;
};

export type Coverage = { translated: number; total: number };

/** How many blocks have text in `language` (the original language always covers every block). */
export function coverage(blocks: Pick<BlockInput, 'texts'>[], language: string): Coverage {
  const translated = blocks.filter((b) => typeof b.texts[language] === 'string').length;
  return { translated, total: blocks.length };
}

/** Text to show for `language`, falling back to the original; says which language it is in. */
export function textFor(block: Pick<BlockInput, 'texts'>, language: string, original: string) {
  const own = block.texts[language];
  if (typeof own === 'string') return { text: own, language, fallback: false };
  return { text: block.texts[original] ?? '', language: original, fallback: language !== original };
}
