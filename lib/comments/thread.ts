export type ThreadNode<T> = T & { depth: number; replies: ThreadNode<T>[] };

/**
 * Nests comments (given oldest first) under their parents. A reply whose parent is not shown
 * (held, removed) moves up to the top level rather than disappearing; depth starts at 1. Replies
 * below `maxDepth` (the blog's thread depth: imports or a lowered setting can hold deeper chains)
 * sit beside their parent at the deepest level, as WordPress shows them. Built without recursion,
 * so a chain of any length cannot overflow the stack, and the result nests at most `maxDepth` deep.
 */
export function buildThread<T extends { id: number; parentId: number | null }>(
  comments: T[],
  maxDepth = Number.POSITIVE_INFINITY,
): ThreadNode<T>[] {
  const nodes = new Map<number, ThreadNode<T>>(
    comments.map((c) => [c.id, { ...c, depth: 1, replies: [] }]),
  );
  // The node each comment's replies go into: itself, or its own container at the deepest level.
  const container = new Map<number, ThreadNode<T> | null>();
  // Parents always have smaller ids (which also rules out cycles in damaged data): in id order,
  // every parent is placed before its replies.
  for (const node of [...nodes.values()].sort((a, b) => a.id - b.id)) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    const home = parent && parent.id < node.id ? container.get(parent.id)! : null;
    node.depth = home ? home.depth + 1 : 1;
    container.set(node.id, node.depth < maxDepth ? node : home);
  }
  const roots: ThreadNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    const home = parent && parent.id < node.id ? container.get(parent.id)! : null;
    (home ? home.replies : roots).push(node);
  }
  return roots;
}

/** A comment anywhere in the thread, by id (searched without recursion). */
export function findInThread<T extends { id: number }>(
  nodes: ThreadNode<T>[],
  id: number,
): ThreadNode<T> | undefined {
  const stack = [...nodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.id === id) return node;
    for (const reply of node.replies) stack.push(reply);
  }
  return undefined;
}
