import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths on this site', () => {
    expect(safeNext('/en/admin/comments?status=spam', 'en')).toBe('/en/admin/comments?status=spam');
    expect(safeNext('/ja/posts/a%2Fb?q=%E6%97%A5#c', 'ja')).toBe('/ja/posts/a%2Fb?q=%E6%97%A5#c');
  });

  it('percent-encodes what a Location header cannot carry', () => {
    expect(safeNext('/日本語', 'ja')).toBe('/%E6%97%A5%E6%9C%AC%E8%AA%9E');
    expect(safeNext('/ja/search?q=語#見出し', 'ja')).toBe(
      '/ja/search?q=%E8%AA%9E#%E8%A6%8B%E5%87%BA%E3%81%97',
    );
    expect(safeNext('/a\uD800b', 'ja')).toBe('/a%EF%BF%BDb');
  });

  it('falls back to the admin overview for anything else', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'admin',
      '/a b',
      '/x\n',
      '/x\u007f',
      `/${'x'.repeat(500)}`,
      undefined,
      42,
    ]) {
      expect(safeNext(bad, 'ja')).toBe('/ja/admin');
    }
  });

  it('always answers a same-site path that is a valid header value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (tail) => {
        const next = safeNext(`/${tail}`, 'en');
        expect(next).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
        expect(new URL(next, 'https://blog.example').origin).toBe('https://blog.example');
      }),
    );
  });
});
