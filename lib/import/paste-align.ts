import type { BlockKind } from '@/lib/model';
import type { Features } from './paste-features';
import {
  anchorHits,
  lengthScore,
  missingDatesPenalty,
  quoteScore,
  sentenceScore,
  type Hit,
} from './paste-score';

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

/** Minimum pair score worth aligning; below it a translation is better left unaligned. */
export const ALIGN_THRESHOLD = 0.5;

const KIND_CUE = 0.5;
const LAYOUT_CUE = 0.5;

/** Rarity in (0, 1]: an anchor found in every block says little about which one it belongs to. */
function rarity(documentFrequency: number, blocks: number): number {
  return Math.log(1 + blocks / Math.max(documentFrequency, 1)) / Math.log(1 + blocks);
}

function structureCues(unit: AlignUnit, i: number, j: number, cues: string[]): number {
  let score = 0;
  const t = unit.translations[i];
  const headingBlock = unit.kinds[j] === 'heading' || unit.kinds[j] === 'subheading';
  if (t && t.headingLike === headingBlock) {
    score += KIND_CUE;
    if (headingBlock) cues.push('heading');
  } else score -= KIND_CUE;
  // Translators often keep the original layout, leaving blank lines where untranslated blocks were.
  if (unit.layoutKept && unit.translationBlanks[i] === unit.blockBlanks[j]) {
    score += LAYOUT_CUE;
    cues.push('layout');
  }
  return score;
}

/** Scores every (translation, block) pair of a unit; `ratio` is the expected length ratio. */
export function scoreUnit(unit: AlignUnit, ratio: number): PairScore[][] {
  const hits: Hit[][][] = unit.translations.map((t) => unit.blocks.map((o) => anchorHits(t, o)));
  const blocksWith = new Map<string, Set<number>>();
  for (const row of hits) {
    row.forEach((cell, j) =>
      cell.forEach((h) => blocksWith.set(h.key, (blocksWith.get(h.key) ?? new Set()).add(j))),
    );
  }
  const n = unit.blocks.length;
  return unit.translations.map((t, i) =>
    unit.blocks.map((o, j) => {
      const cues: string[] = [];
      let score = 0;
      for (const h of hits[i]?.[j] ?? []) {
        const r = rarity(blocksWith.get(h.key)?.size ?? 1, n);
        // Everyday words shared by many blocks are the article's topic, not this pair's.
        score += h.strength * (h.key.startsWith('lex:') ? r * r : r);
        cues.push(h.cue);
      }
      const len = lengthScore(t, o, ratio);
      const missing = missingDatesPenalty(t, o);
      if (missing < 0) cues.push(`missing-numbers:${missing}`);
      const sentences = sentenceScore(t, o);
      if (sentences > 0) cues.push(`sentences:${t.sentences}`);
      const quotes = quoteScore(t, o);
      if (quotes > 0) cues.push('quotes');
      score += len + missing + sentences + quotes + structureCues(unit, i, j, cues);
      cues.push(`length:${len.toFixed(2)}`);
      return { score, cues };
    }),
  );
}

type Pair = readonly [number, number];

/** The DP table: best summed (score − threshold) over the first i translations and j blocks. */
function fill(scores: number[][], threshold: number, forbidden?: Pair): number[][] {
  const m = scores.length;
  const n = scores[0]?.length ?? 0;
  const dp = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const at = (i: number, j: number) => dp[i]?.[j] ?? 0;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const banned = forbidden?.[0] === i - 1 && forbidden[1] === j - 1;
      const g = banned ? 0 : (scores[i - 1]?.[j - 1] ?? 0) - threshold;
      (dp[i] as number[])[j] = Math.max(
        at(i, j - 1),
        at(i - 1, j),
        g > 0 ? at(i - 1, j - 1) + g : -Infinity,
      );
    }
  }
  return dp;
}

/**
 * How much the best alignment loses when translation i may not sit beside block j: the margin
 * by which this pair beat every other arrangement, a measure of how sure the aligner is of it.
 */
export function pairMargin(scores: number[][], [i, j]: Pair, threshold = ALIGN_THRESHOLD): number {
  const best = fill(scores, threshold);
  const without = fill(scores, threshold, [i, j]);
  const m = scores.length;
  const n = scores[0]?.length ?? 0;
  return (best[m]?.[n] ?? 0) - (without[m]?.[n] ?? 0);
}

/**
 * Order-preserving alignment maximising the summed (score − threshold) of aligned pairs.
 * Returns, per translation, the block index or null when it is best left unaligned.
 */
export function alignMonotonic(
  scores: number[][],
  threshold = ALIGN_THRESHOLD,
): Array<number | null> {
  const dp = fill(scores, threshold);
  const at = (i: number, j: number) => dp[i]?.[j] ?? 0;
  const result = new Array<number | null>(scores.length).fill(null);
  for (let i = scores.length, j = scores[0]?.length ?? 0; i > 0 && j > 0;) {
    if (at(i, j) === at(i - 1, j)) i -= 1;
    else if (at(i, j) === at(i, j - 1)) j -= 1;
    else {
      result[i - 1] = j - 1;
      i -= 1;
      j -= 1;
    }
  }
  return result;
}
