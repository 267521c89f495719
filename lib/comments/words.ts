/** Folded for matching: full-width and half-width forms alike, case ignored. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** A moderation word list as the owner types it: one word or phrase per line, blank lines ignored. */
export function parseWordList(list: string): string[] {
  return [
    ...new Set(
      list
        .split(/\r?\n/)
        .map((w) => fold(w.trim()))
        .filter(Boolean),
    ),
  ];
}

/** The first listed word found anywhere in `fields` (a substring match, as WordPress does). */
export function findListedWord(list: string, fields: string[]): string | null {
  const words = parseWordList(list);
  if (!words.length) return null;
  const haystack = fields.map(fold);
  return words.find((word) => haystack.some((field) => field.includes(word))) ?? null;
}
