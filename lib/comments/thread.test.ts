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
