import { CATEGORY_NAME_MAX } from '@/lib/validations/category';
import { TAG_NAME_MAX, TERMS_PER_POST_MAX } from '@/lib/validations/tag-name';
import { codePoints } from '@/lib/model';
import type { LineDropped } from './mt/dropped';
import { excerpt } from './mt/dropped';

/**
 * A category or tag as an importer plans it: the export's slug (null when the format has none,
 * as in Movable Type) and its name per language. Found by slug, else by name, else created.
 */
export type TermLevel = { slug: string | null; names: Record<string, string> };

/** A post's categories (each as its path from the top level down to itself) and tags, in order. */
export type PlannedTaxonomy = { categories: TermLevel[][]; tags: TermLevel[] };

const clip = (text: string, max: number) => [...text].slice(0, max).join('').trimEnd();

/**
 * A name as the editor accepts it: trimmed, within its length, and (for tags, whose box splits on
 * commas) without commas. Every change is listed in `dropped` with the entry's line.
 */
export function termName(
  raw: string,
  kind: 'category' | 'tag',
  line: number,
  dropped: LineDropped[],
): string {
  let name = raw.replace(/\s+/g, ' ').trim();
  const note = (reason: 'cut' | 'replaced', text: string) =>
    dropped.push({ element: kind, reason, excerpt: excerpt(text), start: 0, end: 0, line });
  if (kind === 'tag' && name.includes(',')) {
    note('replaced', name);
    name = name.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  }
  const max = kind === 'tag' ? TAG_NAME_MAX : CATEGORY_NAME_MAX;
  if (codePoints(name) > max) {
    note('cut', [...name].slice(max).join(''));
    name = clip(name, max);
  }
  return name;
}

/** Keeps the first TERMS_PER_POST_MAX (the editor's limit); the rest are listed as not imported. */
export function capTerms<T>(
  list: T[],
  kind: 'category' | 'tag',
  nameOf: (t: T) => string,
  line: number,
  dropped: LineDropped[],
): T[] {
  for (const t of list.slice(TERMS_PER_POST_MAX))
    dropped.push({
      element: kind,
      reason: 'notImported',
      excerpt: excerpt(nameOf(t)),
      start: 0,
      end: 0,
      line,
    });
  return list.slice(0, TERMS_PER_POST_MAX);
}

/** Flat names (Movable Type, Hatena) as a plan: no slugs, named in `language`, no repeats. */
export function namedTaxonomy(
  { categories, tags }: { categories: string[]; tags: string[] },
  language: string,
  line: number,
  dropped: LineDropped[],
): PlannedTaxonomy {
  const levels = (names: string[], kind: 'category' | 'tag') => {
    const clean = [...new Set(names.map((n) => termName(n, kind, line, dropped)).filter(Boolean))];
    return capTerms(clean, kind, (n) => n, line, dropped).map((n): TermLevel => ({
      slug: null,
      names: { [language]: n },
    }));
  };
  return {
    categories: levels(categories, 'category').map((level) => [level]),
    tags: levels(tags, 'tag'),
  };
}
