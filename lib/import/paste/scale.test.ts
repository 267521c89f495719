import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairMargin } from './align';
import { importPaste } from './import';

// The aligner against long pastes: it runs in the server's only thread, so a long paste must
// stay seconds, not minutes (1,000 originals then 1,000 translations took 248 s, and 2,000 +
// 2,000 ran out of memory, before each pair's margin came from shared tables).
const en = (k: number) =>
  `Paragraph ${k} says the ministry in Tokyo announced ${(k % 12) + 1} new measures on March ${(k % 28) + 1}, according to Reuters.`;
const ja = (k: number) =>
  `第${k}段落：東京の省庁は${(k % 12) + 1}つの新しい措置を${(k % 28) + 1}日に発表した、とロイターが伝えた。`;

/** The margin as defined: the best total minus the best total with the pair forbidden. */
function naiveMargin(scores: number[][], [fi, fj]: [number, number], threshold = 0.5) {
  const total = (banned: boolean) => {
    const m = scores.length;
    const n = scores[0]?.length ?? 0;
    const dp = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
    for (let i = 1; i <= m; i++)
      for (let j = 1; j <= n; j++) {
        const g = banned && i - 1 === fi && j - 1 === fj ? 0 : scores[i - 1]![j - 1]! - threshold;
        dp[i]![j] = Math.max(dp[i]![j - 1]!, dp[i - 1]![j]!, g > 0 ? dp[i - 1]![j - 1]! + g : -1e9);
      }
    return dp[m]![n]!;
  };
  return total(false) - total(true);
}

describe('the paste aligner at length', () => {
  // Behaviour only (speed is measured, not asserted: 1,000 + 1,000 took 248 s before, 4.5 s after).
  it('a whole article then its whole translation, 600 paragraphs, aligns every pair', () => {
    const n = 300;
    const text = [
      ...Array.from({ length: n }, (_, k) => en(k)),
      ...Array.from({ length: n }, (_, k) => ja(k)),
    ].join('\n\n');
    const result = importPaste(text);
    expect(result.alignment).toHaveLength(n);
    expect(result.blocks.map((b) => b.texts.ja)).toEqual(
      Array.from({ length: n }, (_, k) => ja(k)),
    );
  }, 60_000);

  it('each margin from the shared tables equals the margin computed from scratch', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }))
      .chain(([m, n]) =>
        fc.tuple(
          fc.array(
            fc.array(fc.double({ min: -2, max: 4, noNaN: true }), { minLength: n, maxLength: n }),
            {
              minLength: m,
              maxLength: m,
            },
          ),
          fc.nat(m - 1),
          fc.nat(n - 1),
        ),
      );
    fc.assert(
      fc.property(matrix, ([scores, i, j]) => {
        expect(pairMargin(scores, [i, j])).toBeCloseTo(naiveMargin(scores, [i, j]), 9);
      }),
      { numRuns: 500 },
    );
  });
});
