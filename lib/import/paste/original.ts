/**
 * Which language is the original. Not the one with more characters (English spends about twice
 * as many letters as Japanese on the same sentence), but the one whose paragraphs come first
 * and form the complete sequence: a partial translation has fewer paragraphs than its original.
 */

export type OriginalReason =
  /** The owner chose it (or chose the translation language, leaving this one). */
  | 'given'
  /** No other language has any paragraph. */
  | 'only'
  /** Its paragraphs come first and it has the most of them. */
  | 'first-and-most'
  /** As many paragraphs as the other language; its come first. */
  | 'first'
  /** It has the most paragraphs but the other language comes first: unclear, ask the owner. */
  | 'most';

export type OriginalGuess = {
  language: string;
  translation: string;
  reason: OriginalReason;
  /** False when the signals disagree and the owner should confirm the choice. */
  certain: boolean;
  /** Paragraphs per language. */
  counts: Record<string, number>;
  /** The language of the first paragraph. */
  first: string | null;
};

type Options = { originalLanguage?: string; translationLanguage?: string };

const otherThan = (lang: string) => (lang === 'en' ? 'ja' : 'en');

function countParagraphs(tagged: Array<{ lang: string | null }>) {
  const counts: Record<string, number> = {};
  for (const p of tagged) if (p.lang) counts[p.lang] = (counts[p.lang] ?? 0) + 1;
  const first = tagged.find((p) => p.lang)?.lang ?? null;
  // Most paragraphs first; on a tie, the language that comes first.
  const ranked = Object.keys(counts).sort(
    (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || Number(b === first) - Number(a === first),
  );
  return { counts, first, ranked };
}

/** Guesses the original and translation languages of tagged paragraphs (chrome already set aside). */
export function guessOriginal(
  tagged: Array<{ lang: string | null }>,
  opts: Options = {},
): OriginalGuess {
  const { counts, first, ranked } = countParagraphs(tagged);
  const base = { counts, first };
  if (opts.originalLanguage) {
    const language = opts.originalLanguage;
    const translation =
      opts.translationLanguage ?? ranked.find((l) => l !== language) ?? otherThan(language);
    return { ...base, language, translation, reason: 'given', certain: true };
  }
  if (opts.translationLanguage) {
    const translation = opts.translationLanguage;
    const language = ranked.find((l) => l !== translation) ?? otherThan(translation);
    return { ...base, language, translation, reason: 'given', certain: true };
  }
  const [top = first ?? 'en', second] = ranked;
  if (second === undefined)
    return { ...base, language: top, translation: otherThan(top), reason: 'only', certain: true };
  const pair = { ...base, language: top, translation: second };
  if (top !== first) return { ...pair, reason: 'most', certain: false };
  return counts[top] === counts[second]
    ? { ...pair, reason: 'first', certain: true }
    : { ...pair, reason: 'first-and-most', certain: true };
}
