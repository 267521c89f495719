/** Aligning an article's units, and each aligned pair as the editor shows it: cues and confidence. */
import { ALIGN_THRESHOLD, alignMonotonic, pairMargins, scoreUnit, type AlignUnit } from './align';
import type { Placed } from './blocks';
import { confidenceOf, describeCues, type Confidence, type Cue } from './cues';
import { lengthRatio } from './score';
import type { Run } from './structure';

export type PasteAlignment = {
  translationIndex: number;
  blockIndex: number;
  /** The translation paragraph, so the editor can find the pair again after rows move. */
  text: string;
  score: number;
  /** Internal cue codes ("num:60", "katakana:ペスコフ~Peskov"), for the command-line report. */
  cues: string[];
  /** The same evidence grouped by kind, for the editor to put in words. */
  reasons: Cue[];
  /** How much worse the best arrangement without this pair would score. */
  margin: number;
  confidence: Confidence;
};

const round = (x: number) => Math.round(x * 100) / 100;

function median(values: number[]): number | undefined {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : undefined;
}

/** Aligns every unit; a first pass learns the length ratio actually used by this translator. */
export function alignAll(units: AlignUnit[], expected: number) {
  const pass = (ratio: number) =>
    units.map((u) => {
      const scores = scoreUnit(u, ratio);
      return { scores, picks: alignMonotonic(scores.matrix, ALIGN_THRESHOLD) };
    });
  const first = pass(expected);
  const ratios = first.flatMap((r, k) =>
    r.picks.flatMap((j, i) => {
      const u = units[k] as AlignUnit;
      return j === null ? [] : [lengthRatio(u.translations[i]!, u.blocks[j]!)];
    }),
  );
  const learnt = ratios.length >= 2 ? (median(ratios) ?? expected) : expected;
  return pass(Math.min(expected * 2, Math.max(expected / 2, learnt)));
}

type Aligned = ReturnType<typeof alignAll>;

/** Every aligned translation with its score, cues in kinds and confidence. */
export function describePairs(placed: Placed[], results: Aligned, runs: Run[]): PasteAlignment[] {
  const aligned = placed.filter((p): p is Placed & { j: number } => p.j !== null);
  // One pair of tables per run gives every margin of that run.
  const margins = new Map<Placed, number>();
  results.forEach(({ scores }, run) => {
    const mine = aligned.filter((p) => p.run === run);
    const found = pairMargins(
      scores.matrix,
      mine.map((p) => [p.i, p.j] as const),
    );
    mine.forEach((p, k) => margins.set(p, found[k]!));
  });
  return aligned.map((p) => {
    const { translationIndex, run, i, j, blockIndex } = p;
    const { score, cues } = results[run]!.scores.pair(i, j);
    const margin = round(margins.get(p)!);
    const text = runs[run]!.translations[i]!.text;
    const pair = { translationIndex, blockIndex, text, score: round(score), cues };
    return { ...pair, reasons: describeCues(cues), margin, confidence: confidenceOf(margin) };
  });
}
