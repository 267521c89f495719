/** A language's name in that language ("日本語", "English"): the same tag on every locale's page. */
export function autonym(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** How many comments the thread has in each language, most first (ties in the blog's order). */
export function languageCounts(
  comments: ReadonlyArray<{ language: string }>,
  order: readonly string[],
): Array<{ language: string; count: number }> {
  const counts = new Map<string, number>();
  for (const c of comments) counts.set(c.language, (counts.get(c.language) ?? 0) + 1);
  const rank = (l: string) => (order.includes(l) ? order.indexOf(l) : order.length);
  return [...counts]
    .map(([language, count]) => ({ language, count }))
    .sort((a, b) => b.count - a.count || rank(a.language) - rank(b.language));
}
