/**
 * Putting proposed page chrome back: a restored line becomes a paragraph block of its own, text
 * in the original column, in the place it had on the page.
 */
import type { BlockInput, BlockTexts } from '@/lib/blocks/types';
import type { ChromeItem } from './blocks';

/** A block as the editor's form holds it: missing or null means untranslated. */
type Texts = { texts: Partial<Record<string, string | null>> };

/** The block a restored line becomes: its text in the original column, untranslated elsewhere. */
export function chromeBlock(text: string, original: string, languages: string[]): BlockInput {
  const texts: BlockTexts = Object.fromEntries(languages.map((l) => [l, null]));
  texts[original] = text;
  return { kind: 'paragraph', src: null, texts };
}

/** The proposal's blocks with `items` put back, each before the block it preceded on the page. */
export function withChrome(
  blocks: BlockInput[],
  items: ChromeItem[],
  original: string,
  languages: string[],
): BlockInput[] {
  const out = [...blocks];
  // From the end, so earlier indexes stay valid; at one index, later lines first end up last.
  const sorted = [...items].sort((a, b) => b.blockIndex - a.blockIndex || b.line - a.line);
  for (const item of sorted)
    out.splice(item.blockIndex, 0, chromeBlock(item.text, original, languages));
  return out;
}

const comesBefore = (a: ChromeItem, b: ChromeItem) =>
  a.blockIndex < b.blockIndex || (a.blockIndex === b.blockIndex && a.line < b.line);

/**
 * Where `item` goes back into blocks the owner may have edited since the proposal: before the
 * block it preceded (found by its original text, the match nearest the expected place), and
 * before lines restored earlier that came after it on the page. `restored`: items already back.
 */
export function restoreIndex(
  current: Texts[],
  proposal: Texts[],
  item: ChromeItem,
  restored: ChromeItem[],
  original: string,
): number {
  const expected = Math.min(
    current.length,
    item.blockIndex + restored.filter((r) => comesBefore(r, item)).length,
  );
  const anchor = proposal[item.blockIndex]?.texts[original];
  let at = expected;
  if (anchor === undefined || anchor === null) at = current.length;
  else {
    const matches = current.flatMap((b, k) => (b.texts[original] === anchor ? [k] : []));
    if (matches.length)
      at = matches.reduce((best, k) =>
        Math.abs(k - expected) < Math.abs(best - expected) ? k : best,
      );
  }
  const later = new Set(
    restored
      .filter((r) => r.blockIndex === item.blockIndex && r.line > item.line)
      .map((r) => r.text),
  );
  while (at > 0 && later.has(current[at - 1]?.texts[original] ?? '')) at -= 1;
  return at;
}
