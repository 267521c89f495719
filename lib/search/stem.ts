/**
 * English stemming for search: "libraries" finds "library" (both stem to "librari"). Only terms
 * of Latin letters are stemmed; Japanese and every other script keep the trigram index's
 * substring match, as typed. Porter's algorithm (the `stemmer` package) rewrites at most a stem's
 * last letter (y → i, an e added or dropped), so every word with a stem contains the stem less
 * its last letter: that probe is what the index is asked for, and the words are checked here.
 */
import { stemmer } from 'stemmer';

const LATIN = /^[a-z]+$/i;
const WORDS = /[a-z]+/gi;
/** Shorter words are matched as typed: "art" must not find "arts" and "artist" by stem. */
const STEM_MIN = 4;

/** The English stem of a search term, or null when the term is not an English word to stem. */
export function englishStem(term: string): string | null {
  return term.length >= STEM_MIN && LATIN.test(term) ? stemmer(term.toLowerCase()) : null;
}

/** A substring of every word sharing `stem`: the text the index is asked for besides the term. */
export function stemProbe(stem: string): string {
  return stem.length > 3 ? stem.slice(0, -1) : stem;
}

/** Words of `text` (Latin letters) whose stem is `stem`. */
function wordsWithStem(text: string, stem: string): string[] {
  return (text.match(WORDS) ?? []).filter(
    (word) => word.length >= STEM_MIN - 1 && stemmer(word.toLowerCase()) === stem,
  );
}

/** Whether `text` holds the term: as typed (any case), or as an English word of the same stem. */
export function hasTerm(text: string, term: string): boolean {
  if (text.toLowerCase().includes(term.toLowerCase())) return true;
  const stem = englishStem(term);
  return stem !== null && wordsWithStem(text, stem).length > 0;
}

/** What to mark in a snippet of `text`: the terms, and the words that matched one by its stem. */
export function markedWords(text: string, terms: string[]): string[] {
  const stems = terms.map(englishStem).filter((s): s is string => s !== null);
  return [...new Set([...terms, ...stems.flatMap((stem) => wordsWithStem(text, stem))])];
}
