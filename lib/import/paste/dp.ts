/** The aligner's dynamic programme: the best order-preserving arrangement and each pair's margin. */
/** Minimum pair score worth aligning; below it a translation is better left unaligned. */
export const ALIGN_THRESHOLD = 0.5;

type Pair = readonly [number, number];

const gain = (scores: number[][], threshold: number, a: number, b: number) => {
  const g = (scores[a]?.[b] ?? 0) - threshold;
  return g > 0 ? g : -Infinity;
};

/** The DP table: best summed (score − threshold) over the first i translations and j blocks. */
function fill(scores: number[][], threshold: number): Float64Array[] {
  const m = scores.length;
  const n = scores[0]?.length ?? 0;
  const dp = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++)
      dp[i]![j] = Math.max(
        dp[i]![j - 1]!,
        dp[i - 1]![j]!,
        dp[i - 1]![j - 1]! + gain(scores, threshold, i - 1, j - 1),
      );
  return dp;
}

/** The same from the end: best over translations i… and blocks j… */
function fillBack(scores: number[][], threshold: number): Float64Array[] {
  const m = scores.length;
  const n = scores[0]?.length ?? 0;
  const dp = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--)
      dp[i]![j] = Math.max(
        dp[i]![j + 1]!,
        dp[i + 1]![j]!,
        dp[i + 1]![j + 1]! + gain(scores, threshold, i, j),
      );
  return dp;
}

/**
 * The best total of an arrangement without pair (i, j), from the two tables: it passes the
 * table's corner (i, j) without pairing there, or crosses the diagonal i + j elsewhere (at
 * another corner, or by pairing over it). O(m + n) per pair instead of two fresh tables.
 */
function bestWithout(
  f: Float64Array[],
  b: Float64Array[],
  scores: number[][],
  threshold: number,
  [i, j]: Pair,
) {
  const m = f.length - 1;
  const n = f[0]!.length - 1;
  let best = f[i]![j]! + Math.max(b[i]![j + 1] ?? -Infinity, b[i + 1]?.[j] ?? -Infinity);
  const level = i + j;
  for (let a = Math.max(0, level - n); a <= Math.min(m, level); a++)
    if (a !== i) best = Math.max(best, f[a]![level - a]! + b[a]![level - a]!);
  for (let a = Math.max(0, level - 1 - n); a <= Math.min(m - 1, level - 1); a++) {
    const c = level - 1 - a;
    if (c < n) best = Math.max(best, f[a]![c]! + gain(scores, threshold, a, c) + b[a + 1]![c + 1]!);
  }
  return best;
}

/**
 * How much the best alignment loses when translation i may not sit beside block j, for each
 * pair: the margin by which it beat every other arrangement, a measure of how sure the aligner
 * is of it.
 */
export function pairMargins(
  scores: number[][],
  pairs: Pair[],
  threshold = ALIGN_THRESHOLD,
): number[] {
  if (!pairs.length) return [];
  const f = fill(scores, threshold);
  const b = fillBack(scores, threshold);
  const total = f[scores.length]![scores[0]?.length ?? 0]!;
  return pairs.map((pair) => total - bestWithout(f, b, scores, threshold, pair));
}

export const pairMargin = (scores: number[][], pair: Pair, threshold = ALIGN_THRESHOLD) =>
  pairMargins(scores, [pair], threshold)[0]!;

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
