/**
 * Turning what a reader typed into safe search expressions. Every term becomes an FTS5 string
 * literal, so quotes, operators (AND, OR, NOT, NEAR), column filters and `*` are plain text and
 * can never make MATCH fail.
 */
import { SEARCH_MAX_TERMS } from '@/lib/validations/search';

/** The trigram tokenizer needs at least three characters to use its index. */
export const TRIGRAM = 3;

/** Words of the query (split on any whitespace, including the ideographic space), without control characters. */
export function searchTerms(query: string): string[] {
  const words = query
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  return [...new Set(words)].slice(0, SEARCH_MAX_TERMS);
}

/** FTS5 can answer for a term long enough to make a trigram; a shorter one needs LIKE. */
export function canUseFts(term: string): boolean {
  return Array.from(term).length >= TRIGRAM;
}

/** A term as an FTS5 string literal (`say "hi"` → `"say ""hi"""`), which matches it as a substring. */
export function ftsString(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** A LIKE pattern matching `term` anywhere, for use with `ESCAPE '\'`. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
