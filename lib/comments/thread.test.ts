import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread, findInThread } from './thread';

const c = (id: number, parentId: number | null = null) => ({ id, parentId });

describe('comment threads', () => {
  it('nests replies under their parents, oldest first, with depths', () => {
    const thread = buildThread([c(1), c(2, 1), c(3), c(4, 2), c(5, 1)]);
    expect(thread.map((n) => n.id)).toEqual([1, 3]);
    expect(thread[0]!.replies.map((n) => n.id)).toEqual([2, 5]);
    expect(findInThread(thread, 4)).toMatchObject({ id: 4, depth: 3 });
    expect(findInThread(thread, 9)).toBeUndefined();
  });

  it('a reply whose parent is not shown moves to the top level', () => {
    const thread = buildThread([c(2, 1), c(3, 2)]);
    expect(thread.map((n) => [n.id, n.depth])).toEqual([[2, 1]]);
    expect(thread[0]!.replies[0]).toMatchObject({ id: 3, depth: 2 });
  });

  it('damaged data (a parent with a larger id) cannot make a cycle', () => {
    const thread = buildThread([c(1, 2), c(2, 1)]);
    expect(thread.map((n) => n.id)).toEqual([1]);
    expect(thread[0]!.replies.map((n) => n.id)).toEqual([2]);
  });
});

describe('long and deep threads', () => {
  const chain = (length: number) => Array.from({ length }, (_, i) => c(i + 1, i ? i : null));

  it('replies below the thread depth sit beside their parent at the deepest level', () => {
    const thread = buildThread([...chain(5), c(6, 2), c(7)], 3);
    const [one] = thread;
    expect(thread.map((n) => n.id)).toEqual([1, 7]);
    expect(one!.replies.map((n) => n.id)).toEqual([2]);
    expect(one!.replies[0]!.replies.map((n) => [n.id, n.depth])).toEqual([
      [3, 3],
      [4, 3],
      [5, 3],
      [6, 3],
    ]);
  });

  it('a thread depth of 1 is a flat list', () => {
    expect(buildThread(chain(4), 1).map((n) => [n.id, n.depth])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
  });

  it('a 20,000-deep chain builds, serializes and is searched without overflowing the stack', () => {
    const thread = buildThread(chain(20_000), 10);
    expect(findInThread(thread, 20_000)?.depth).toBe(10);
    expect(JSON.parse(JSON.stringify(thread))).toHaveLength(1);
    expect(findInThread(buildThread(chain(20_000)), 20_000)?.depth).toBe(20_000);
  });

  it('never nests deeper than asked, and keeps every comment once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(60), { maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (parents, maxDepth) => {
          const list = parents.map((p, i) => c(i + 1, p === 0 ? null : p));
          const thread = buildThread(list, maxDepth);
          const seen: number[] = [];
          const stack = thread.map((n) => ({ n, level: 1 }));
          for (let top = stack.pop(); top; top = stack.pop()) {
            expect(top.n.depth).toBe(top.level);
            expect(top.level).toBeLessThanOrEqual(maxDepth);
            seen.push(top.n.id);
            for (const r of top.n.replies) stack.push({ n: r, level: top.level + 1 });
          }
          expect(seen.sort((a, b) => a - b)).toEqual(list.map((x) => x.id));
        },
      ),
    );
  });
});
