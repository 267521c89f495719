/**
 * Runs the paste aligner over blocks that came out of an export (an MT body, a WordPress
 * translation pair), then maps its result back onto those blocks: each block keeps its own kind,
 * image and line breaks, and gains the translation the aligner paired with it. Blocks the aligner
 * did not see (images) or did not place keep their position, so nothing is lost.
 */
import { plainText } from '@/lib/blocks/markdown/plain';
import type { BlockInput } from '@/lib/blocks/types';
import { importPaste, PasteImportError, type PasteImportOptions } from './paste/import';
import { scriptFits } from './item-language';
import { detectLanguage } from './paste/language';

export type AlignedBody = {
  blocks: BlockInput[];
  originalLanguage: string;
  translationLanguage: string;
  /** Blocks that carry both an original and a translation. */
  paired: number;
  /** Texts that would be stored under a language they are not in: a result to throw away. */
  misplaced: number;
  /** Share of the pairs the aligner rates strong or fair (0–1). */
  confidence: number;
};

/** The one text a block's texts hold (blocks from a single-language body). */
const textOf = (b: BlockInput): string => Object.values(b.texts).find((t) => t) ?? '';
/** Whether the block's text may sit under `language`: it came from that language, or has no letters. */
const belongs = (b: BlockInput, language: string) =>
  b.texts[language] !== undefined || detectLanguage(textOf(b)) === null;
/** The aligner sees one line per block: it reads every line as a paragraph. */
const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
/** …and the words of a block, not its Markdown (lengths, numbers and names are what it compares). */
const words = (b: BlockInput) => flat(plainText(textOf(b), 'inline'));

/** Flattened text → indices of the blocks carrying it, in order (texts can repeat). */
function indexByText(blocks: BlockInput[], usable: boolean[]) {
  const map = new Map<string, number[]>();
  blocks.forEach((b, k) => {
    if (!usable[k]) return;
    const key = words(b);
    map.set(key, [...(map.get(key) ?? []), k]);
  });
  return (text: string | null | undefined): number | null => {
    if (!text) return null;
    const queue = map.get(flat(text));
    return queue?.shift() ?? null;
  };
}

/** A line cut out of a paragraph keeps the paragraph's language unless its script says otherwise. */
const lineLanguage = (line: string, language: string) =>
  scriptFits(line, language) ? language : (detectLanguage(line) ?? language);

const MARKDOWN_BLOCK = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|\|)/m;
// A line ending in an odd number of backslashes ends in a Markdown hard break (the last one).
const HARD_BREAK = /(?<!\\)((?:\\\\)*)\\$/;

/**
 * A paragraph with line breaks is one line per paragraph to the aligner, as a pasted page is:
 * Seesaa bodies often separate an article from its translation with a single <br>.
 */
function byLine(b: BlockInput): BlockInput[] {
  const text = textOf(b);
  // A Markdown list or table (an imported <ol>, <table>) is one block, not lines.
  if (b.kind !== 'paragraph' || !text.includes('\n') || MARKDOWN_BLOCK.test(text)) return [b];
  const [language] = Object.keys(b.texts);
  return text
    .split('\n')
    .map((line) => line.replace(HARD_BREAK, '$1').trim())
    .filter(Boolean)
    .map((line) => ({
      kind: 'paragraph',
      texts: { [lineLanguage(line, language ?? '')]: line },
    }));
}

/**
 * Aligns `blocks` (one text each, in any languages) into bilingual blocks. Returns null when the
 * aligner finds no two languages to pair (the caller keeps the body as it was).
 */
export function alignBody(body: BlockInput[], opts: PasteImportOptions = {}): AlignedBody | null {
  const blocks = body.flatMap(byLine);
  // Lines cut out of a paragraph have no kind of their own: the aligner's guess (a headline) is better.
  const cut = new Set(blocks.filter((b) => !body.includes(b)));
  const usable = blocks.map((b) => b.kind !== 'image' && words(b) !== '');
  const lines = blocks.filter((_, k) => usable[k]).map(words);
  if (lines.length < 2) return null;
  let result;
  try {
    result = importPaste(lines.join('\n'), opts);
  } catch (error) {
    if (error instanceof PasteImportError) return null;
    throw error;
  }
  const { originalLanguage: o, translationLanguage: t } = result.meta;
  const take = indexByText(blocks, usable);
  const placed: Array<{ at: number; base: number; block: BlockInput }> = [];
  const used = new Set<number>();
  let paired = 0;
  let misplaced = 0;
  for (const b of result.blocks) {
    const first = take(b.texts[o]);
    const second = take(b.texts[t]);
    // A translation the aligner could not pair is a block of its own, in the original's slot.
    const base = first ?? second;
    if (base === null) continue;
    const translation = first !== null && second !== null ? textOf(blocks[second]!) : null;
    if (translation !== null) paired++;
    for (const k of [first, second]) if (k !== null) used.add(k);
    const source = blocks[base]!;
    if (!belongs(source, o) || (second !== null && first !== null && !belongs(blocks[second]!, t)))
      misplaced++;
    const kind = cut.has(source) ? b.kind : source.kind;
    const block = { ...source, kind, texts: { [o]: textOf(source), [t]: translation } };
    placed.push({ at: placed.length, base, block });
  }
  // Images and anything the aligner set aside go back after the block they followed.
  blocks.forEach((b, k) => {
    if (used.has(k)) return;
    if (b.kind !== 'image' && !belongs(b, o)) misplaced++;
    const before = placed.filter((p) => Number.isInteger(p.at) && p.base < k).at(-1);
    const text = textOf(b) || (b.kind === 'image' ? null : '');
    placed.push({
      at: (before?.at ?? -1) + 0.5 + k / 1e6,
      base: k,
      block: { ...b, texts: { [o]: text, [t]: null } },
    });
  });
  placed.sort((a, b) => a.at - b.at);
  return {
    blocks: placed.map((p) => p.block),
    originalLanguage: o,
    translationLanguage: t,
    paired,
    misplaced,
    confidence: shareConfident(result.alignment),
  };
}

function shareConfident(pairs: Array<{ confidence: string }>): number {
  if (!pairs.length) return 0;
  const sure = pairs.filter((p) => p.confidence !== 'weak').length;
  return Math.round((sure / pairs.length) * 100) / 100;
}

/**
 * Blocks of one body written in two languages (an MT entry with its translation) keyed by the
 * language of their own text, so alignment can tell which side each came from.
 */
export function keyByScript(blocks: BlockInput[], fallback: string): BlockInput[] {
  return blocks.map((b) => {
    if (b.kind === 'image') return b;
    const text = textOf(b);
    return { ...b, texts: { [detectLanguage(text) ?? fallback]: text } };
  });
}
