import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replyPlacer } from './reply-placer';

/** Places comments 1..n whose parents are given (0: top level); returns parent ids and depths. */
function placeAll(parents: number[], maxDepth: number) {
  const placer = replyPlacer(maxDepth);
  return parents.map((p, i) => {
    const spot = placer.place(p === 0 ? null : p);
    placer.remember(i + 1, spot);
    return spot;
  });
}

describe('replyPlacer', () => {
  it('keeps a chain up to the depth, then puts replies beside the deepest comment', () => {
    expect(placeAll([0, 1, 2, 3, 4], 3)).toEqual([
      { parentId: null, depth: 1 },
      { parentId: 1, depth: 2 },
      { parentId: 2, depth: 3 },
      { parentId: 2, depth: 3 },
      { parentId: 2, depth: 3 },
    ]);
  });

  it('a depth of 1 keeps every comment at the top level; unknown parents too', () => {
    expect(placeAll([0, 1, 2], 1).map((s) => s.parentId)).toEqual([null, null, null]);
    expect(placeAll([7], 3)).toEqual([{ parentId: null, depth: 1 }]);
  });

  it('never places a reply deeper than the depth, and its parent is one level up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { maxLength: 80 }),
        fc.integer({ min: 1, max: 10 }),
        (raw, max) => {
          const parents = raw.map((p, i) => (p <= i ? p : 0));
          const spots = placeAll(parents, max);
          spots.forEach((s) => {
            expect(s.depth).toBeLessThanOrEqual(max);
            const depthOfParent = s.parentId === null ? 0 : spots[s.parentId - 1]!.depth;
            expect(s.depth).toBe(depthOfParent + 1);
          });
        },
      ),
    );
  });
});
