import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

describe('decodeText (titles, excerpts, term names of an export)', () => {
  it('decodes the entities WordPress leaves in titles, once', () => {
    expect(decodeText('Don&#039;t &amp; won&#8217;t')).toBe("Don't & won\u2019t");
    expect(decodeText('Tom &amp;amp; Jerry')).toBe('Tom &amp; Jerry');
    expect(decodeText('&lt;b&gt;')).toBe('<b>');
  });

  it('puts names in NFC, so one category typed two ways is one name', () => {
    const decomposed = 'カ\u3099イド'; // ガ as カ + combining dakuten
    expect(decodeText(decomposed)).toBe('ガイド');
    expect(decodeText('Cafe\u0301')).toBe(decodeText('Caf\u00e9'));
  });

  it('leaves text without entities as it was, apart from NFC (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!s.includes('&'));
        expect(decodeText(s)).toBe(s.normalize('NFC'));
      }),
    );
  });
});
