import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/blocks/markdown/plain';
import type { BlockInput } from '@/lib/blocks/types';
import { parseWxr } from './wxr/parse';
import { wxrLanguages } from './wxr/languages';
import { itemBlocks, pairBlocks, wxrUnits } from './wxr/pairs';
import { wxrDocument, wxrItem } from './wxr/test-doc';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const word = fc.stringMatching(/^[a-zA-Z0-9ぁ-んァ-ン漢字&<>"'.,!?]{1,12}$/);
const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const item = fc.record({
  title: fc.oneof(fc.constant(''), word),
  paragraphs: fc.array(paragraph, { maxLength: 5 }),
  type: fc.constantFrom('post', 'post', 'page', 'attachment'),
  language: fc.constantFrom(undefined, 'en', 'ja'),
  group: fc.constantFrom(undefined, 'pll_a', 'pll_b'),
  gutenberg: fc.boolean(),
});

function content(paragraphs: string[], gutenberg: boolean) {
  return paragraphs
    .map((p) =>
      gutenberg ? `<!-- wp:paragraph -->\n<p>${escape(p)}</p>\n<!-- /wp:paragraph -->` : escape(p),
    )
    .join('\n\n');
}

/** Every text the import would store: the blocks of each unit, paired or not. */
function importedTexts(doc: string): { texts: string[]; listed: number[] } {
  const parsed = parseWxr(doc, { timeZone: 'UTC' });
  const texts: string[] = [];
  const keep = (blocks: BlockInput[]) =>
    blocks.forEach((b) => Object.values(b.texts).forEach((t) => t && texts.push(plainText(t))));
  const languages = wxrLanguages(parsed.items, parsed.channel, { fallback: 'en' });
  const languageOf = (i: (typeof parsed.items)[number]) => languages.get(i)!.language;
  for (const unit of wxrUnits(parsed.items, languageOf)) {
    const sides = unit.items.map((i) => itemBlocks(i, languageOf(i)).blocks);
    const langs = unit.items.map(languageOf) as [string, string];
    const pair = sides.length === 2 ? pairBlocks(sides[0]!, sides[1]!, langs) : null;
    if (pair) keep(pair.blocks);
    else sides.forEach(keep);
  }
  const listed = [...parsed.errors, ...parsed.notImported].map((e) => e.line);
  return { texts, listed };
}

describe('WXR property: no text silently dropped', () => {
  it(
    'every paragraph of every item is in a block, or its item is listed',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
          const doc = wxrDocument(
            items.map((it, k) =>
              wxrItem({
                id: k + 1,
                title: it.title,
                content: content(it.paragraphs, it.gutenberg),
                type: it.type,
                ...(it.language ? { language: it.language } : {}),
                ...(it.group ? { group: it.group } : {}),
              }),
            ),
          );
          const itemLines = doc
            .split('\n')
            .flatMap((l, k) => (l.includes('<item>') ? [k + 1] : []));
          const { texts, listed } = importedTexts(doc);
          items.forEach((it, k) => {
            if (listed.includes(itemLines[k]!)) return;
            for (const p of it.paragraphs) expect(texts).toContain(p);
          });
        }),
        { numRuns: 300 },
      );
    },
  );
});
