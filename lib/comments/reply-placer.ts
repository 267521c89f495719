type Spot = { parentId: number | null; depth: number };

/**
 * Places imported replies within the blog's thread depth: a reply to a comment already at the
 * deepest level goes beside it (under that comment's own parent), the deepest allowed ancestor.
 * An export can hold a chain of any length; stored threads then never nest deeper than readers
 * could have replied. Parents must be placed (remembered) before their replies.
 */
export function replyPlacer(maxDepth: number) {
  const placed = new Map<number, Spot>();
  return {
    place(parentId: number | null): Spot {
      const parent = parentId === null ? undefined : placed.get(parentId);
      if (parentId === null || !parent) return { parentId: null, depth: 1 };
      if (parent.depth < maxDepth) return { parentId, depth: parent.depth + 1 };
      return parent;
    },
    remember(id: number, spot: Spot) {
      placed.set(id, spot);
    },
  };
}
