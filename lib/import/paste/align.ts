import type { BlockKind } from '@/lib/model';
import type { Features } from './features';
import {
  anchorHits,
  lengthScore,
  missingDatesPenalty,
  quoteScore,
  sentenceScore,
  type Hit,
} from './score';

/** One article's worth of original blocks and the translation paragraphs that follow it. */
export type AlignUnit = {
  blocks: Features[];
  kinds: BlockKind[];
  /** Blank lines between the article's first block and each block. */
  blockBlanks: number[];
  translations: Features[];
  /** Blank lines between the article's last block and each translation paragraph. */
  translationBlanks: number[];
  /**
   * Whether the translator left placeholder blank lines: some gap wider than any between the
   * originals. With plain one-line gaps the layout says nothing (and would pull every
   * translation onto the first blocks).
   */
  layoutKept: boolean;
};

export type PairScore = { score: number; cues: string[] };

const KIND_CUE = 0.5;
const LAYOUT_CUE = 0.5;

/** Rarity in (0, 1]: an anchor found in every block says little about which one it belongs to. */
function rarity(documentFrequency: number, blocks: number): number {
  return Math.log(1 + blocks / Math.max(documentFrequency, 1)) / Math.log(1 + blocks);
}

function structureCues(unit: AlignUnit, i: number, j: number, cues?: string[]): number {
  let score = 0;
  const t = unit.translations[i];
  const headingBlock = unit.kinds[j] === 'heading' || unit.kinds[j] === 'subheading';
  if (t && t.headingLike === headingBlock) {
    score += KIND_CUE;
    if (headingBlock) cues?.push('heading');
  } else score -= KIND_CUE;
  // Translators often keep the original layout, leaving blank lines where untranslated blocks were.
  if (unit.layoutKept && unit.translationBlanks[i] === unit.blockBlanks[j]) {
    score += LAYOUT_CUE;
    cues?.push('layout');
  }
  return score;
}

type Context = { unit: AlignUnit; ratio: number; hits: Hit[][][]; blocksWith: Map<string, number> };

const NO_HITS: Hit[] = [];

/** One pair's score; its cues are written out only when `cues` is given (for the pairs shown). */
function scorePair(c: Context, i: number, j: number, cues?: string[]): number {
  const t = c.unit.translations[i]!;
  const o = c.unit.blocks[j]!;
  const n = c.unit.blocks.length;
  let score = 0;
  for (const h of c.hits[i]?.[j] ?? NO_HITS) {
    const r = rarity(c.blocksWith.get(h.key) ?? 1, n);
    // Everyday words shared by many blocks are the article's topic, not this pair's.
    score += h.strength * (h.key.startsWith('lex:') ? r * r : r);
    cues?.push(h.cue);
  }
  const len = lengthScore(t, o, c.ratio);
  const missing = missingDatesPenalty(t, o);
  const sentences = sentenceScore(t, o);
  const quotes = quoteScore(t, o);
  if (cues) {
    if (missing < 0) cues.push(`missing-numbers:${missing}`);
    if (sentences > 0) cues.push(`sentences:${t.sentences}`);
    if (quotes > 0) cues.push('quotes');
  }
  const structure = structureCues(c.unit, i, j, cues);
  if (cues) cues.push(`length:${len.toFixed(2)}`);
  return score + len + missing + sentences + quotes + structure;
}

export type UnitScores = {
  /** Every (translation, block) pair's score. */
  matrix: number[][];
  /** One pair's score with its cues. */
  pair(i: number, j: number): PairScore;
};

// A unit's anchors do not depend on the length ratio: both passes of alignAll share them.
const anchorCache = new WeakMap<AlignUnit, Pick<Context, 'hits' | 'blocksWith'>>();

/**
 * Every pair's anchor hits, with equal hits stored once: a long paste about one topic shares
 * the same names and dates between most of its pairs, and millions of copies exhaust the heap.
 */
function anchorsOf(unit: AlignUnit): Pick<Context, 'hits' | 'blocksWith'> {
  const cached = anchorCache.get(unit);
  if (cached) return cached;
  const interned = new Map<string, Hit>();
  const intern = (h: Hit) => {
    const id = `${h.key}\u0000${h.cue}\u0000${h.strength}`;
    const known = interned.get(id);
    if (known) return known;
    interned.set(id, h);
    return h;
  };
  const hits: Hit[][][] = unit.translations.map((t) =>
    unit.blocks.map((o) => {
      const found = anchorHits(t, o);
      return found.length ? found.map(intern) : NO_HITS;
    }),
  );
  const seen = new Map<string, Set<number>>();
  for (const row of hits)
    row.forEach((cell, j) =>
      cell.forEach((h) => seen.set(h.key, (seen.get(h.key) ?? new Set()).add(j))),
    );
  const anchors = { hits, blocksWith: new Map([...seen].map(([key, set]) => [key, set.size])) };
  anchorCache.set(unit, anchors);
  return anchors;
}

/**
 * Scores every (translation, block) pair of a unit; `ratio` is the expected length ratio. Only
 * numbers are kept for the whole table (a 2,000 × 2,000 paste is four million pairs): cues are
 * written for the pairs asked for.
 */
export function scoreUnit(unit: AlignUnit, ratio: number): UnitScores {
  const { hits, blocksWith } = anchorsOf(unit);
  const c: Context = { unit, ratio, hits, blocksWith };
  return {
    matrix: unit.translations.map((_, i) => unit.blocks.map((_o, j) => scorePair(c, i, j))),
    pair(i, j) {
      const cues: string[] = [];
      return { score: scorePair(c, i, j, cues), cues };
    },
  };
}

export { ALIGN_THRESHOLD, alignMonotonic, pairMargin, pairMargins } from './dp';
