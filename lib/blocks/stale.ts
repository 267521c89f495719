/**
 * A translation is stale when the original has changed since it was made: it remembers the
 * original's text it was made from (`source`), and that differs from the original's text now.
 * No source (the original's own row, or nothing recorded) is never stale.
 */
export function isStale(source: string | null | undefined, original: string | null | undefined) {
  return typeof source === 'string' && source !== (original ?? null);
}

/** A stale pair as the editor shows it: what the translation was made from and the original now. */
export type StalePair = { blockId: number; language: string; source: string; original: string };
