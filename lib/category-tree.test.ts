import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeOrder } from './category-tree';

describe('treeOrder', () => {
  it('puts children right after their parent, one level deeper', () => {
    const out = treeOrder([
      { id: 3, parentId: 1 },
      { id: 1, parentId: null },
      { id: 2, parentId: null },
      { id: 4, parentId: 3 },
      { id: 5, parentId: 99 },
    ]);
    expect(out.map((c) => [c.id, c.depth])).toEqual([
      [1, 0],
      [3, 1],
      [4, 2],
      [2, 0],
      [5, 0],
    ]);
  });

  it('keeps every category exactly once, whatever the parents (cycles included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }), { maxLength: 12 }),
        (parents) => {
          const list = parents.map((parentId, id) => ({ id, parentId }));
          const out = treeOrder(list);
          expect(out.map((c) => c.id).sort((a, b) => a - b)).toEqual(list.map((c) => c.id));
          for (const [i, c] of out.entries())
            if (c.depth > 0) expect(out.slice(0, i).some((p) => p.id === c.parentId)).toBe(true);
        },
      ),
    );
  });
});
