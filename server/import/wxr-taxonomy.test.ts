import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { wxrDocument, wxrItem } from '@/lib/import/wxr/test-doc';

throwawayDatabase();
const { getDb } = await import('@/db');
const { categories, posts, tags } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { getPostTaxonomy } = await import('@/db/queries/taxonomy');
const { importWxr } = await import('./wxr-import');

let actorId = 0;
const options = (dryRun: boolean) => ({ dryRun, actorId, language: 'en', timeZone: 'UTC' });

const cat = (id: number, slug: string, name: string, parent = '') =>
  `<wp:category><wp:term_id>${id}</wp:term_id><wp:category_nicename><![CDATA[${slug}]]></wp:category_nicename><wp:category_parent><![CDATA[${parent}]]></wp:category_parent><wp:cat_name><![CDATA[${name}]]></wp:cat_name></wp:category>`;
const tag = (id: number, slug: string, name: string) =>
  `<wp:tag><wp:term_id>${id}</wp:term_id><wp:tag_slug>${slug}</wp:tag_slug><wp:tag_name><![CDATA[${name}]]></wp:tag_name></wp:tag>`;
const on = (domain: string, slug: string, name: string) =>
  `\n\t\t<category domain="${domain}" nicename="${slug}"><![CDATA[${name}]]></category>`;

// Own fixture: a three-level hierarchy, one name under two parents, an entity and a decomposed
// (NFD) name, tags, and a Polylang category pair (en "Travel" ↔ fr "Voyage").
const TERMS = [
  cat(1, 'world', 'World'),
  cat(2, 'asia', 'Asia', 'world'),
  cat(3, 'japan', 'Japan', 'asia'),
  cat(4, 'notes', 'Notes', 'asia'),
  cat(5, 'notes-world', 'Notes', 'world'),
  cat(6, 'food-drink', 'Food &amp; Drink'),
  cat(7, 'cafe', 'Cafe\u0301'),
  cat(8, 'travel', 'Travel'),
  cat(9, 'voyage', 'Voyage'),
  tag(20, 'kyoto', 'Kyoto'),
  tag(21, 'green-tea', 'green tea'),
  `<wp:term><wp:term_id>30</wp:term_id><wp:term_taxonomy>term_translations</wp:term_taxonomy><wp:term_slug>pll_1</wp:term_slug><wp:term_description><![CDATA[a:2:{s:2:"en";i:8;s:2:"fr";s:1:"9";}]]></wp:term_description></wp:term>`,
].join('\n');

const ITEMS = [
  wxrItem({
    id: 1,
    title: 'Temples',
    content: '<p>Kyoto temples.</p>',
    extra:
      on('category', 'japan', 'Japan') +
      on('category', 'notes', 'Notes') +
      on('category', 'food-drink', 'Food &amp; Drink') +
      on('post_tag', 'kyoto', 'Kyoto') +
      on('post_tag', 'green-tea', 'green tea'),
  }),
  wxrItem({
    id: 2,
    title: 'Elsewhere',
    content: '<p>Notes from elsewhere.</p>',
    extra: on('category', 'notes-world', 'Notes') + on('category', 'cafe', 'Cafe\u0301'),
  }),
  wxrItem({
    id: 3,
    title: 'A trip',
    content: '<p>We went on a trip to the sea.</p>',
    language: 'en',
    group: 'pll_a',
    extra: on('category', 'travel', 'Travel'),
  }),
  wxrItem({
    id: 4,
    title: 'Un voyage',
    content: '<p>Nous sommes allés à la mer.</p>',
    language: 'fr',
    group: 'pll_a',
    extra: on('category', 'voyage', 'Voyage'),
  }),
];
const FILE = wxrDocument(ITEMS).replace('\t<wp:wxr_version>', `${TERMS}\n\t<wp:wxr_version>`);

beforeAll(() => {
  actorId = createUser({ email: 'o@example.org', name: 'O', role: 'owner', passwordHash: 'x' }).id;
});

const allCategories = () => getDb().select().from(categories).orderBy(categories.slug).all();
const slugOf = (id: number | null) => allCategories().find((c) => c.id === id)?.slug ?? null;

describe('WXR categories and tags', () => {
  it('the dry run lists what it would create and writes nothing', () => {
    const report = importWxr(FILE, options(true));
    expect(report.categories.map((c) => [c.slug, c.parent ?? null, c.result])).toEqual([
      ['world', null, 'created'],
      ['asia', 'world', 'created'],
      ['japan', 'asia', 'created'],
      ['notes', 'asia', 'created'],
      ['food-drink', null, 'created'],
      ['notes-world', 'world', 'created'],
      ['cafe', null, 'created'],
      ['travel', null, 'created'],
    ]);
    expect(report.tags.map((t) => [t.name, t.slug, t.result])).toEqual([
      ['Kyoto', 'kyoto', 'created'],
      ['green tea', 'green-tea', 'created'],
    ]);
    expect(allCategories()).toEqual([]);
    expect(getDb().select().from(tags).all()).toEqual([]);
  });

  it('imports every category with its parents and slugs, all tags, Polylang names merged', () => {
    const report = importWxr(FILE, options(false));
    expect(report.errors).toEqual([]);
    const rows = allCategories();
    expect(rows.map((c) => [c.slug, slugOf(c.parentId), c.names])).toEqual([
      ['asia', 'world', { en: 'Asia' }],
      ['cafe', null, { en: 'Café' }],
      ['food-drink', null, { en: 'Food & Drink' }],
      ['japan', 'asia', { en: 'Japan' }],
      ['notes', 'asia', { en: 'Notes' }],
      ['notes-world', 'world', { en: 'Notes' }],
      ['travel', null, { en: 'Travel', fr: 'Voyage' }],
      ['world', null, { en: 'World' }],
    ]);
    expect(rows.find((c) => c.slug === 'cafe')?.names.en).toBe('Caf\u00e9'); // NFC
    const temples = getDb().select().from(posts).where(eq(posts.slug, 'temples')).get()!;
    const terms = getPostTaxonomy(temples.id);
    expect(terms.categories.map((c) => c.slug)).toEqual(['japan', 'notes', 'food-drink']);
    expect(terms.tags.map((t) => t.slug)).toEqual(['kyoto', 'green-tea']);
    expect(slugOf(temples.categoryId)).toBe('japan');
    const trip = report.posts.find((p) => p.title === 'A trip')!;
    expect(trip.languages).toEqual(['en', 'fr']);
    expect(getPostTaxonomy(trip.id!).categories.map((c) => c.slug)).toEqual(['travel']);
  });

  it('re-importing adds nothing; a new file reuses existing terms by slug', () => {
    const before = allCategories().length;
    const again = importWxr(FILE, options(false));
    expect(again.posts.every((p) => p.result === 'duplicate')).toBe(true);
    expect(allCategories()).toHaveLength(before);
    const other = wxrItem({
      id: 9,
      title: 'More Japan',
      content: '<p>More.</p>',
      extra: on('category', 'japan', 'Japan') + on('post_tag', 'kyoto', 'Kyoto'),
    });
    const next = wxrDocument([other]).replace('\t<wp:wxr_version>', `${TERMS}\n\t<wp:wxr_version>`);
    const report = importWxr(next, options(false));
    expect(report.categories.map((c) => [c.slug, c.result])).toEqual([
      ['world', 'reused'],
      ['asia', 'reused'],
      ['japan', 'reused'],
    ]);
    expect(report.tags.map((t) => [t.slug, t.result])).toEqual([['kyoto', 'reused']]);
    expect(allCategories()).toHaveLength(before);
  });
});
