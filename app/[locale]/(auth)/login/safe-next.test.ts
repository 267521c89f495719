import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths on this site', () => {
    expect(safeNext('/en/admin/comments?status=spam', 'en')).toBe('/en/admin/comments?status=spam');
  });

  it('falls back to the admin overview for anything else', () => {
    for (const bad of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'admin', '/a b', '/x\n', undefined, 42]) {
      expect(safeNext(bad, 'ja')).toBe('/ja/admin');
    }
  });
});
