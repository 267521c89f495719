import { decodeText } from '../decode';

/** A term as an item names it: its slug (`nicename`) and its name. */
export type WxrTermRef = { slug: string; name: string };
/** A term the channel declares: its id, and its parent's slug (null at the top). */
export type WxrTerm = WxrTermRef & { id: string; parent: string | null };

/** The channel's categories and tags by slug, and Polylang's term translation groups. */
export type WxrTerms = {
  categories: Map<string, WxrTerm>;
  tags: Map<string, WxrTerm>;
  /** Polylang `term_translations`: each group's term ids by language code, in the export's order. */
  groups: Array<Array<[language: string, termId: string]>>;
};

/** WordPress stores non-ASCII slugs percent-encoded. */
export function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return value;
  }
}

/** The text of `<name>` inside `xml` (CDATA or plain, entities left for decodeText), '' when absent. */
function field(xml: string, name: string): string {
  const found = new RegExp(
    `<${name}>\\s*(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))\\s*</${name}>`,
  ).exec(xml);
  if (!found) return '';
  // CDATA keeps the text literally; plain text is still XML-escaped (&amp;), decoded below.
  return (found[1] ?? found[2] ?? '').trim();
}

const elements = (head: string, tag: string) =>
  [...head.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

function term(id: string, slug: string, name: string, parent: string): WxrTerm | null {
  const s = decodeSlug(slug);
  const n = decodeText(name).trim();
  if (!s && !n) return null;
  return { id, slug: s || n, name: n || s, parent: parent ? decodeSlug(parent) : null };
}

/** PHP's serialized `a:2:{s:2:"en";i:4;s:2:"fr";s:1:"2";}` as [language, term id] pairs. */
export function polylangGroup(description: string): Array<[string, string]> {
  const pairs = description.matchAll(/s:\d+:"([^"]*)";(?:i:(\d+);|s:\d+:"(\d+)";)/g);
  return [...pairs].map((m) => [m[1]!, (m[2] ?? m[3])!]);
}

/**
 * Reads the channel's `<wp:category>`, `<wp:tag>` and `<wp:term>` entries from the text before
 * the first item (pure; no item is read). A term declared twice keeps its first declaration.
 */
export function readTerms(head: string): WxrTerms {
  const terms: WxrTerms = { categories: new Map(), tags: new Map(), groups: [] };
  const add = (map: Map<string, WxrTerm>, t: WxrTerm | null) => {
    if (t && !map.has(t.slug)) map.set(t.slug, t);
  };
  for (const xml of elements(head, 'wp:category'))
    add(
      terms.categories,
      term(
        field(xml, 'wp:term_id'),
        field(xml, 'wp:category_nicename'),
        field(xml, 'wp:cat_name'),
        field(xml, 'wp:category_parent'),
      ),
    );
  for (const xml of elements(head, 'wp:tag'))
    add(
      terms.tags,
      term(field(xml, 'wp:term_id'), field(xml, 'wp:tag_slug'), field(xml, 'wp:tag_name'), ''),
    );
  for (const xml of elements(head, 'wp:term')) {
    const taxonomy = field(xml, 'wp:term_taxonomy');
    const args = [
      field(xml, 'wp:term_id'),
      field(xml, 'wp:term_slug'),
      field(xml, 'wp:term_name'),
      field(xml, 'wp:term_parent'),
    ] as const;
    if (taxonomy === 'category') add(terms.categories, term(...args));
    else if (taxonomy === 'post_tag') add(terms.tags, term(...args));
    else if (taxonomy === 'term_translations') {
      const group = polylangGroup(field(xml, 'wp:term_description'));
      if (group.length > 1) terms.groups.push(group);
    }
  }
  return terms;
}
