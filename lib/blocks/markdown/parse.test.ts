import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { isPlainProse, parseText } from './parse';

// The tree without source positions, which the fast path does not make and nothing reads.
const shape = (node: unknown): unknown =>
  JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)));
const parsed = (text: string) =>
  shape(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));

const ALPHABET = [...'aZ 09.,;-+=#>)(\'"?!*_`[]<>|~&:@/wW漢字かなー。、《》｜\n\t\\'];
const text = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 24 })
  .map((chars) => chars.join(''));

describe('plain prose skips the parser', () => {
  it('gives the tree the parser would for every text it lets through', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (!isPlainProse(t)) return;
        expect(shape(parseText(t))).toEqual(parsed(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('lets ordinary prose through and markup, autolinks and block starts not', () => {
    expect(isPlainProse('Talks resumed in Ankara on Tuesday, officials said.')).toBe(true);
    expect(isPlainProse('東京は大きい。だが、静かだ。')).toBe(true);
    for (const t of [
      '**b**',
      'see www.example.com',
      'a@b.example',
      'x: y',
      '1. one',
      '# h',
      '- a',
      ' a',
      '東京《とうきょう》',
    ])
      expect(isPlainProse(t), t).toBe(false);
  });
});
