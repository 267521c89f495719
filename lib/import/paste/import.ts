/**
 * Paste-and-align importer: turns a page copied out of a bilingual blog into blocks.
 *
 * Scoring: every (translation paragraph, original block) pair of an article gets
 *   Σ anchors × rarity  +  length  +  sentences  +  quotes  +  structure
 * - anchors: shared numbers by value (1億2000万 ↔ 120 million) and dates (3月 ↔ March,
 *   金曜日 ↔ Friday), Latin words left inside CJK text (WSJ), katakana names whose consonant
 *   skeleton matches an English phrase (ペスコフ ↔ Peskov), a kanji glossary (国連 ↔ UN) and
 *   everyday words (雨 ↔ rain, paste-lexicon) for short texts with no numbers or names. Each is
 *   weighted by rarity across the article's blocks, so "Russia" everywhere counts little and
 *   "Kirby" a lot (everyday words by rarity squared: shared by many blocks, they are the topic).
 * - length: log-distance from the expected length ratio (0.5 for ja/en), re-learnt from the
 *   first pass's alignments; 1 at the expected ratio, 0 at double/half.
 * - sentences: the same several sentences (+), a different count (−).
 * - quotes: 「」/“” counts agree (+) or only one side quotes (−).
 * - structure: headline-shaped text ↔ heading blocks, and the translator's layout (blank lines
 *   left where untranslated blocks were) when the translation's gaps show it was kept.
 * A monotonic DP over each article then keeps pairs scoring above ALIGN_THRESHOLD and
 * maximises the total; each pair's confidence is what the total loses without it. Nothing
 * pasted is lost: a translation that fits nowhere becomes a block of its own (a leftover, for
 * review) and page chrome is only proposed for removal.
 */
import type { BlockInput } from '@/lib/blocks/types';
import type { AlignUnit } from './align';
import {
  buildBlocks,
  placeChrome,
  type BlockSource,
  type ChromeItem,
  type PasteLeftover,
} from './blocks';
import { extractFeatures } from './features';
import { alignAll, describePairs, type PasteAlignment } from './pairs';
import { CJK_LANGUAGES } from './language';
import { assignKinds, groupRuns, type Run, type Tagged } from './structure';
import { stripAttribution } from './page';
import { prepare, type PasteMeta } from './prepare';
import { hasTerminalPunctuation } from './text';

export { PasteImportError } from './prepare';
export type { PasteMeta } from './prepare';
export type { BlockSource, ChromeItem, PasteLeftover } from './blocks';
export type PasteImportOptions = { originalLanguage?: string; translationLanguage?: string };
export type { PasteAlignment } from './pairs';
/**
 * Every non-empty pasted line is in exactly one place: a block's original or translation text
 * (`sources` says which line), or `removedAsChrome`.
 */
export type PasteImportResult = {
  blocks: BlockInput[];
  meta: PasteMeta;
  alignment: PasteAlignment[];
  /** Translation paragraphs with no counterpart, kept as blocks of their own. */
  leftovers: PasteLeftover[];
  /** Page title, footers, comment form: proposed for removal, in paste order. */
  removedAsChrome: ChromeItem[];
  sources: BlockSource[];
};

// Translated characters per English character, for a first guess at the length ratio.
const DENSITY: Record<string, number> = {
  en: 1,
  fr: 1.15,
  de: 1.1,
  es: 1.1,
  it: 1.1,
  pt: 1.1,
  nl: 1.1,
  ja: 0.5,
  zh: 0.33,
  ko: 0.5,
};

function cumulative(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

function toUnit(run: Run): AlignUnit {
  const cjk = (p: Tagged) => CJK_LANGUAGES.has(p.lang);
  const widest = Math.max(0, ...run.originals.slice(1).map((p) => p.blankBefore));
  return {
    layoutKept: run.translations.some((p) => p.blankBefore > Math.max(widest, 1)),
    blocks: run.originals.map((p) => extractFeatures(p.text, cjk(p))),
    kinds: assignKinds(run.originals, run.originals.some(cjk)),
    blockBlanks: cumulative(run.originals.map((p, k) => (k === 0 ? 0 : p.blankBefore))),
    translations: run.translations.map((p) => extractFeatures(p.text, cjk(p))),
    translationBlanks: cumulative(run.translations.map((p) => p.blankBefore)),
  };
}

export function importPaste(text: string, opts: PasteImportOptions = {}): PasteImportResult {
  const { paragraphs, chrome, meta } = prepare(text, opts);
  const runs = groupRuns(paragraphs);
  const units = runs.map(toUnit);
  const expected = (DENSITY[meta.translationLanguage] ?? 1) / (DENSITY[meta.originalLanguage] ?? 1);
  const results = alignAll(units, expected);
  const langs: [string, string] = [meta.originalLanguage, meta.translationLanguage];
  const built = buildBlocks(
    runs,
    units.map((u) => u.kinds),
    results.map((r) => r.picks),
    langs,
  );
  const alignment = describePairs(built.placed, results, runs);
  completeTitle(meta, built.blocks);
  const { blocks, sources, leftovers } = built;
  return {
    blocks,
    meta,
    alignment,
    leftovers,
    removedAsChrome: placeChrome(chrome, sources, langs),
    sources,
  };
}

/**
 * The headline (minus a source credit) names the post in languages the page title didn't.
 * A translation beside it that reads like a sentence is a body paragraph placed there for want
 * of a better place, not a title.
 */
function completeTitle(meta: PasteMeta, blocks: BlockInput[]): void {
  const first = blocks[0];
  if (!first || first.kind !== 'heading') return;
  const title = { ...meta.title };
  for (const lang of [meta.originalLanguage, meta.translationLanguage]) {
    const text = first.texts[lang];
    const headline = lang === meta.originalLanguage || (text && !hasTerminalPunctuation(text));
    if (!title[lang] && text && headline) title[lang] = stripAttribution(text);
  }
  if (Object.keys(title).length) meta.title = title;
}
