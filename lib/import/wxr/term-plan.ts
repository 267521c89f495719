import type { LineDropped } from '../mt/dropped';
import { capTerms, termName, type PlannedTaxonomy, type TermLevel } from '../taxonomy-plan';
import type { WxrTerm, WxrTermRef, WxrTerms } from './terms';

/** Where a Polylang translation points: the group's first category and its name per language. */
type Merged = { slug: string; names: Record<string, string> };

/** How deep a parent chain is followed: WordPress forbids cycles, a hand-edited file may not. */
const DEPTH_MAX = 20;

/**
 * Polylang exports a category once per language and ties them in a `term_translations` group:
 * Taiyaku names one category per language, so every member maps to the group's first category
 * (its slug), carrying all the group's names.
 */
function mergedCategories(terms: WxrTerms, language: (code: string) => string | null) {
  const byId = new Map([...terms.categories.values()].map((t) => [t.id, t]));
  const merged = new Map<string, Merged>();
  for (const group of terms.groups) {
    const members = group.flatMap(([code, id]) => {
      const t = byId.get(id);
      const lang = language(code);
      return t && lang ? [{ t, lang }] : [];
    });
    if (members.length < 2) continue;
    const into: Merged = { slug: members[0]!.t.slug, names: {} };
    for (const { t, lang } of members) into.names[lang] ??= t.name;
    for (const { t } of members) merged.set(t.slug, into);
  }
  return merged;
}

export type TaxonomySource = {
  items: Array<{ line: number; language: string; categories: WxrTermRef[]; tags: WxrTermRef[] }>;
  terms: WxrTerms;
  /** A Polylang language slug as Taiyaku spells it (null when it is not one). */
  language: (code: string) => string | null;
};

/** How a term reference becomes a level (its Polylang group's, or its own) and a category its path. */
function levels(source: TaxonomySource, line: number, dropped: LineDropped[]) {
  const merged = mergedCategories(source.terms, source.language);
  const { categories, tags } = source.terms;
  const level = (t: WxrTermRef, lang: string, kind: 'category' | 'tag'): TermLevel => {
    const m = kind === 'category' ? merged.get(t.slug) : undefined;
    const declared = (kind === 'category' ? categories : tags).get(t.slug);
    const names = m?.names ?? { [lang]: declared?.name ?? t.name };
    const clean = Object.fromEntries(
      Object.entries(names).map(([l, n]) => [
        l,
        termName(n, kind, line, dropped) || (m?.slug ?? t.slug),
      ]),
    );
    return { slug: m?.slug ?? t.slug, names: clean };
  };
  const path = (ref: WxrTermRef, lang: string): TermLevel[] => {
    const chain: TermLevel[] = [level(ref, lang, 'category')];
    const seen = new Set([chain[0]!.slug]);
    let parent: WxrTerm | undefined = categories.get(merged.get(ref.slug)?.slug ?? ref.slug);
    for (let depth = 0; parent?.parent && depth < DEPTH_MAX; depth++) {
      const up = categories.get(merged.get(parent.parent)?.slug ?? parent.parent);
      const next = level(up ?? { slug: parent.parent, name: parent.parent }, lang, 'category');
      if (seen.has(next.slug)) break;
      seen.add(next.slug);
      chain.unshift(next);
      parent = up;
    }
    return chain;
  };
  return { level, path };
}

/**
 * A unit's categories (with their parents, from the channel's declarations) and tags, by the
 * file's slugs; names decoded, NFC, within limits. Polylang translations merge into one category.
 */
export function wxrTaxonomy(source: TaxonomySource, dropped: LineDropped[]): PlannedTaxonomy {
  const line = source.items[0]?.line ?? 0;
  const { level, path } = levels(source, line, dropped);
  const cats = new Map<string, TermLevel[]>();
  const tagLevels = new Map<string, TermLevel>();
  for (const item of source.items) {
    for (const c of item.categories) {
      const p = path(c, item.language);
      cats.set(p.at(-1)!.slug!, p);
    }
    for (const t of item.tags) {
      const l = level(t, item.language, 'tag');
      if (!tagLevels.has(l.slug!)) tagLevels.set(l.slug!, l);
    }
  }
  const named = (l: TermLevel) => Object.values(l.names)[0] ?? '';
  return {
    categories: capTerms([...cats.values()], 'category', (p) => named(p.at(-1)!), line, dropped),
    tags: capTerms([...tagLevels.values()], 'tag', named, line, dropped),
  };
}
