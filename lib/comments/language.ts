/**
 * The language a comment is written in, from its text: the thread is one across the blog's
 * languages, so the tag must follow what was written, not the page it was posted from.
 */

// Scripts and the languages written in them, most likely first. Kanji alone is read as Japanese
// before Chinese because this blog's readers are Japanese; kana settles it either way.
const SCRIPTS = [
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, languages: ['ja'], weight: 2 },
  { pattern: /\p{Script=Han}/u, languages: ['ja', 'zh'], weight: 2 },
  { pattern: /\p{Script=Hangul}/u, languages: ['ko'], weight: 2 },
  { pattern: /\p{Script=Cyrillic}/u, languages: ['ru', 'uk'], weight: 1 },
  { pattern: /\p{Script=Greek}/u, languages: ['el'], weight: 1 },
  {
    pattern: /\p{Script=Latin}/u,
    languages: ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'],
    weight: 1,
  },
] as const;

/** Below this many weighted letters ("OK", "👍", "w") the text says nothing about its language. */
export const MIN_EVIDENCE = 3;

type Options = { languages: readonly string[]; fallback: string };

function scores(text: string): number[] {
  const totals: number[] = SCRIPTS.map(() => 0);
  // Kana decides Japanese over Chinese for any kanji in the same text.
  const hasKana = SCRIPTS[0].pattern.test(text);
  for (const char of text) {
    const index = SCRIPTS.findIndex((s) => s.pattern.test(char));
    if (index < 0) continue;
    const target = index === 1 && hasKana ? 0 : index;
    totals[target]! += SCRIPTS[index]!.weight;
  }
  return totals;
}

/**
 * One of `languages` (the blog's), or `fallback` (the page's locale) when the text is too short,
 * has no letters, or is in a script none of the blog's languages uses. CJK characters weigh twice
 * a Latin letter: one carries about as much as a short word's letters do.
 */
export function detectLanguage(text: string, { languages, fallback }: Options): string {
  const totals = scores(text);
  const known = totals.map((score, i) =>
    SCRIPTS[i]!.languages.some((l) => languages.includes(l)) ? score : 0,
  );
  const best = known.indexOf(Math.max(...known));
  if (known[best]! < MIN_EVIDENCE) return fallback;
  return SCRIPTS[best]!.languages.find((l) => languages.includes(l)) ?? fallback;
}
