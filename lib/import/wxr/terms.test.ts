import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polylangGroup, readTerms } from './terms';
import { wxrTaxonomy } from './term-plan';
import type { LineDropped } from '../mt/dropped';

const HEAD = `<channel>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>parent</wp:category_nicename><wp:category_parent/><wp:cat_name><![CDATA[Parent &#039;s]]></wp:cat_name></wp:category>
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename><![CDATA[%e6%97%a5%e8%a8%98]]></wp:category_nicename><wp:category_parent><![CDATA[parent]]></wp:category_parent><wp:cat_name><![CDATA[日記]]></wp:cat_name></wp:category>
<wp:tag><wp:term_id>3</wp:term_id><wp:tag_slug>8bit</wp:tag_slug><wp:tag_name><![CDATA[8BIT]]></wp:tag_name></wp:tag>
<wp:term><wp:term_id>4</wp:term_id><wp:term_taxonomy><![CDATA[category]]></wp:term_taxonomy><wp:term_slug><![CDATA[child]]></wp:term_slug><wp:term_parent><![CDATA[%e6%97%a5%e8%a8%98]]></wp:term_parent><wp:term_name><![CDATA[Child]]></wp:term_name></wp:term>
<wp:term><wp:term_id>5</wp:term_id><wp:term_taxonomy>nav_menu</wp:term_taxonomy><wp:term_slug>menu</wp:term_slug><wp:term_name>Menu</wp:term_name></wp:term>
<wp:term><wp:term_id>6</wp:term_id><wp:term_taxonomy><![CDATA[term_translations]]></wp:term_taxonomy><wp:term_slug>pll_x</wp:term_slug><wp:term_description><![CDATA[a:2:{s:2:"en";s:1:"1";s:2:"ja";i:2;}]]></wp:term_description></wp:term>
</channel>`;

describe('readTerms', () => {
  it('reads categories (wp:category and wp:term), tags and Polylang groups; names decoded once', () => {
    const terms = readTerms(HEAD);
    expect([...terms.categories.values()]).toEqual([
      { id: '1', slug: 'parent', name: "Parent 's", parent: null },
      { id: '2', slug: '日記', name: '日記', parent: 'parent' },
      { id: '4', slug: 'child', name: 'Child', parent: '日記' },
    ]);
    expect([...terms.tags.values()]).toEqual([
      { id: '3', slug: '8bit', name: '8BIT', parent: null },
    ]);
    expect(terms.groups).toEqual([
      [
        ['en', '1'],
        ['ja', '2'],
      ],
    ]);
  });

  it('reads PHP-serialized Polylang groups with a nested sync array', () => {
    expect(
      polylangGroup('a:3:{s:2:"en";i:413;s:2:"fr";i:414;s:4:"sync";a:1:{s:2:"fr";s:2:"en";}}'),
    ).toEqual([
      ['en', '413'],
      ['fr', '414'],
    ]);
  });

  it('plans a path from the top for a nested category, Polylang members merged', () => {
    const dropped: LineDropped[] = [];
    const plan = wxrTaxonomy(
      {
        items: [
          {
            line: 9,
            language: 'en',
            categories: [{ slug: 'child', name: 'Child' }],
            tags: [{ slug: '8bit', name: 'eight' }],
          },
        ],
        terms: readTerms(HEAD),
        language: (code) => code,
      },
      dropped,
    );
    // Child's parent 日記 is the ja translation of "Parent 's": one level, named in both.
    expect(plan.categories).toEqual([
      [
        { slug: 'parent', names: { en: "Parent 's", ja: '日記' } },
        { slug: 'child', names: { en: 'Child' } },
      ],
    ]);
    expect(plan.tags).toEqual([{ slug: '8bit', names: { en: '8BIT' } }]);
    expect(dropped).toEqual([]);
  });

  it('never loops on a parent cycle, and every category keeps its own level', () => {
    const cyclic = `<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>a</wp:category_nicename><wp:category_parent>b</wp:category_parent><wp:cat_name>A</wp:cat_name></wp:category><wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>b</wp:category_nicename><wp:category_parent>a</wp:category_parent><wp:cat_name>B</wp:cat_name></wp:category>`;
    const plan = wxrTaxonomy(
      {
        items: [{ line: 1, language: 'en', categories: [{ slug: 'a', name: 'A' }], tags: [] }],
        terms: readTerms(cyclic),
        language: (c) => c,
      },
      [],
    );
    expect(plan.categories).toEqual([
      [
        { slug: 'b', names: { en: 'B' } },
        { slug: 'a', names: { en: 'A' } },
      ],
    ]);
  });

  it('property: every declared category and tag name arrives whole (commas only in categories)', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 80 })
      // A name of only commas and spaces has no words to keep (a tag's becomes its slug).
      .filter((s) => !/[&\]]/.test(s) && s.replace(/[\s,]/g, '') !== '');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.boolean()), { minLength: 1, maxLength: 8 }),
        (list) => {
          const head = list
            .map(([n, isTag], k) =>
              isTag
                ? `<wp:tag><wp:term_id>${k}</wp:term_id><wp:tag_slug>t${k}</wp:tag_slug><wp:tag_name><![CDATA[${n}]]></wp:tag_name></wp:tag>`
                : `<wp:category><wp:term_id>${k}</wp:term_id><wp:category_nicename>c${k}</wp:category_nicename><wp:cat_name><![CDATA[${n}]]></wp:cat_name></wp:category>`,
            )
            .join('');
          const terms = readTerms(head);
          const refs = (prefix: string, tag: boolean) =>
            list.flatMap(([, t], k) => (t === tag ? [{ slug: `${prefix}${k}`, name: '' }] : []));
          const dropped: LineDropped[] = [];
          const plan = wxrTaxonomy(
            {
              items: [
                { line: 1, language: 'en', categories: refs('c', false), tags: refs('t', true) },
              ],
              terms,
              language: (c) => c,
            },
            dropped,
          );
          const arrived = [...plan.categories.map((p) => p.at(-1)!), ...plan.tags].map(
            (l) => l.names.en!,
          );
          const squash = (s: string) => s.normalize('NFC').replace(/[\s,]+/g, '');
          const expected = [...list.filter(([, t]) => !t), ...list.filter(([, t]) => t)];
          expect(arrived.map(squash)).toEqual(expected.map(([n]) => squash(n)));
          // A tag's comma is the only change, and it is listed as replaced.
          expect(dropped.length).toBe(list.filter(([n, t]) => t && n.includes(',')).length);
        },
      ),
    );
  });
});
