export type ThreadNode<T> = T & { depth: number; replies: ThreadNode<T>[] };

/**
 * Nests comments (given oldest first) under their parents. A reply whose parent is not shown
 * (held, removed) moves up to the top level rather than disappearing; depth starts at 1.
 */
export function buildThread<T extends { id: number; parentId: number | null }>(
  comments: T[],
): ThreadNode<T>[] {
  const nodes = new Map<number, ThreadNode<T>>(
    comments.map((c) => [c.id, { ...c, depth: 1, replies: [] }]),
  );
  const roots: ThreadNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    // Parents always have smaller ids, which also rules out cycles in damaged data.
    if (parent && parent.id < node.id) parent.replies.push(node);
    else roots.push(node);
  }
  const setDepth = (list: ThreadNode<T>[], depth: number) => {
    for (const node of list) {
      node.depth = depth;
      setDepth(node.replies, depth + 1);
    }
  };
  setDepth(roots, 1);
  return roots;
}

/** A comment anywhere in the thread, by id. */
export function findInThread<T extends { id: number }>(
  nodes: ThreadNode<T>[],
  id: number,
): ThreadNode<T> | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findInThread(node.replies, id);
    if (found) return found;
  }
  return undefined;
}
