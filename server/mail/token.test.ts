import { describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { tokenCommentId, unsubscribeToken, verifyUnsubscribeToken } = await import('./token');

describe('unsubscribe tokens', () => {
  const token = unsubscribeToken(42, 'Reader@Example.org');

  it('verifies for its comment and address (case-insensitive), and carries no address', () => {
    expect(token).toMatch(/^42\.[A-Za-z0-9_-]{43}$/);
    expect(token.toLowerCase()).not.toContain('reader');
    expect(tokenCommentId(token)).toBe(42);
    expect(verifyUnsubscribeToken(token, 42, 'reader@example.org')).toBe(true);
  });

  it('refuses another comment, another address, a changed signature or a malformed token', () => {
    const [, sig] = token.split('.');
    expect(verifyUnsubscribeToken(`43.${sig}`, 43, 'reader@example.org')).toBe(false);
    expect(verifyUnsubscribeToken(token, 43, 'reader@example.org')).toBe(false);
    expect(verifyUnsubscribeToken(token, 42, 'someone@example.org')).toBe(false);
    const flipped = `42.${sig!.slice(0, -1)}${sig!.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyUnsubscribeToken(flipped, 42, 'reader@example.org')).toBe(false);
    for (const bad of ['', '42', '42.', 'x.y', `042.${sig}`, `${token}.x`, `42.${sig}=`])
      expect(tokenCommentId(bad), bad).toBeNull();
    expect(tokenCommentId(42)).toBeNull();
  });
});
