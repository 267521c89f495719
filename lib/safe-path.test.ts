import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameSitePath } from './safe-path';
import { REDIRECT_TRICKS } from './safe-path-corpus';

// Where a browser on the sign-in page lands when the server answers `Location: <path>`.
const SITE = 'https://blog.example';
const landing = (path: string) => new URL(path, `${SITE}/ja/login`);

describe('sameSitePath', () => {
  it('has a corpus of at least 50 tricks', () => {
    expect(new Set(REDIRECT_TRICKS).size).toBeGreaterThanOrEqual(50);
  });

  it.each(REDIRECT_TRICKS.map((t) => [JSON.stringify(t), t]))(
    'never leaves the site for %s',
    (_label, trick) => {
      const path = sameSitePath(trick);
      if (path === null) return;
      expect(path).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
      expect(landing(path).origin).toBe(SITE);
    },
  );

  it('refuses what resolves to another host once dot segments are removed', () => {
    for (const trick of ['/.//evil.example/phish', '/a/..//x', '/%2e//x', '/..//x', '/./\\x'])
      expect(sameSitePath(trick)).toBeNull();
  });

  it('keeps ordinary paths, normalised', () => {
    expect(sameSitePath('/en/admin/comments?status=spam')).toBe('/en/admin/comments?status=spam');
    expect(sameSitePath('/en/a/../admin')).toBe('/en/admin');
    expect(sameSitePath('/en/%2e/admin')).toBe('/en/admin');
    expect(sameSitePath('/ja/posts/a%2Fb')).toBe('/ja/posts/a%2Fb');
  });

  it('answers null or a same-site path for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc
            .array(fc.constantFrom('/', '\\', '.', '%2e', '%2f', '@', 'evil', '\t', ':', '?', '#'))
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const path = sameSitePath(text);
          if (path !== null) expect(landing(path).origin).toBe(SITE);
        },
      ),
    );
  });
});
