/**
 * Categories in tree order (each parent followed by its children, siblings in the given order),
 * with their depth. A parent missing from the list (or a cycle) makes a category a root.
 */
export function treeOrder<T extends { id: number; parentId: number | null }>(
  list: T[],
): Array<T & { depth: number }> {
  const ids = new Set(list.map((c) => c.id));
  const children = new Map<number | null, T[]>();
  for (const c of list) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: Array<T & { depth: number }> = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const c of children.get(parent) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ ...c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  // Members of a cycle are unreachable from the roots: list them at the top rather than lose them.
  for (const c of list) if (!seen.has(c.id)) out.push({ ...c, depth: 0 });
  return out;
}
