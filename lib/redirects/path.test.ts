import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocalTarget, locationHeader, normalizeOldPath } from './path';

describe('normalizeOldPath', () => {
  it('keeps only the path of a full URL, whatever the old host', () => {
    expect(normalizeOldPath('https://old.example/2019/01/02/hello-world/')).toBe(
      '/2019/01/02/hello-world',
    );
    expect(normalizeOldPath('http://blog.seesaa.net/article/123.html#c1')).toBe(
      '/article/123.html',
    );
  });

  it('reads percent-encoded and raw spellings as one key (NFC)', () => {
    const raw = normalizeOldPath('/2019/01/02/日本語/');
    expect(normalizeOldPath('/2019/01/02/%E6%97%A5%E6%9C%AC%E8%AA%9E')).toBe(raw);
    expect(normalizeOldPath('/cafe\u0301')).toBe(normalizeOldPath('/caf\u00e9'));
  });

  it('keeps WordPress shortlinks as /?p=ID and drops other query strings', () => {
    expect(normalizeOldPath('https://old.example/?p=0042')).toBe('/?p=42');
    expect(normalizeOldPath('/index.php?p=7')).toBe('/?p=7');
    expect(normalizeOldPath('/?page_id=3')).toBe('/?p=3');
    expect(normalizeOldPath('/entry/x?utm_source=feed')).toBe('/entry/x');
  });

  it('refuses what is no old page: the root, other schemes, control characters, broken escapes', () => {
    for (const bad of [
      '',
      '/',
      'https://old.example/',
      'javascript:alert(1)',
      '/a%0Ab',
      '/%ff',
      'x'.repeat(2001),
    ])
      expect(normalizeOldPath(bad), bad).toBeNull();
  });

  it('is idempotent, and any key it gives is a local path', () => {
    // Found by this property: a space before a fragment was kept on the first pass only.
    expect(normalizeOldPath('& #')).toBe(normalizeOldPath(normalizeOldPath('& #')!));
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.webPath(), fc.string()), (input) => {
        const key = normalizeOldPath(input);
        if (key === null) return;
        expect(normalizeOldPath(key)).toBe(key);
        expect(key.startsWith('/')).toBe(true);
        expect(key.endsWith('/')).toBe(false);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});

describe('isLocalTarget', () => {
  it('allows paths of this site only', () => {
    expect(isLocalTarget('/ja/posts/a')).toBe(true);
    for (const bad of [
      '//evil.test/x',
      '/\\evil.test',
      'https://evil.test/',
      'ja/posts',
      '/a b',
      '/a\nb',
    ])
      expect(isLocalTarget(bad), bad).toBe(false);
  });
});

describe('locationHeader', () => {
  it('percent-encodes what a header cannot hold, so a Japanese target path redirects (it threw: 500)', () => {
    expect(() => new Response(null, { headers: { location: '/ja/お茶' } })).toThrow();
    const location = locationHeader('/ja/カテゴリー/お茶?x=1');
    expect(location).toBe(
      '/ja/%E3%82%AB%E3%83%86%E3%82%B4%E3%83%AA%E3%83%BC/%E3%81%8A%E8%8C%B6?x=1',
    );
    expect(new Response(null, { headers: { location: location! } }).headers.get('location')).toBe(
      location,
    );
    expect(locationHeader('/café')).toBe('/caf%C3%A9');
  });

  it('keeps ASCII paths and their escapes as they are, and refuses a lone surrogate', () => {
    expect(locationHeader('/en/posts/a%2Fb')).toBe('/en/posts/a%2Fb');
    expect(locationHeader('/x\ud800')).toBeNull();
  });
});
