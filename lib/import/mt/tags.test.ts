import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mtTags } from './tags';

describe('mtTags', () => {
  it('splits on spaces and commas, keeps quoted multi-word tags, decodes once, NFC', () => {
    expect(mtTags('kyoto "green tea",autumn &amp;amp; Cafe\u0301 kyoto')).toEqual([
      'kyoto',
      'green tea',
      'autumn',
      '&amp;',
      'Café',
    ]);
  });

  it('an unclosed quote runs to the end', () => {
    expect(mtTags('one "two three')).toEqual(['one', 'two three']);
  });

  it('property: every non-separator character of the line arrives in a tag', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (line) => {
        const plain = line.replace(/&/g, '');
        const kept = mtTags(plain).join('');
        const squash = (s: string) => s.normalize('NFC').replace(/[\s,"]+/g, '');
        expect(squash(kept)).toBe(squash(plain));
      }),
    );
  });
});
