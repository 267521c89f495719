import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { authSecret } = await import('@/server/auth/secret');
const tokens = await import('./token');
const { tokenCommentId, unsubscribeToken, verifyUnsubscribeToken } = tokens;

describe('unsubscribe tokens', () => {
  const token = unsubscribeToken(42, 'Reader@Example.org');

  it('verifies for its comment and address (case-insensitive), and carries no address', () => {
    expect(token).toMatch(/^42\.[A-Za-z0-9_-]{43}$/);
    expect(token.toLowerCase()).not.toContain('reader');
    expect(tokenCommentId(token)).toBe(42);
    expect(verifyUnsubscribeToken(token, 42, 'reader@example.org')).toBe(true);
  });

  it('keeps the signature of links already mailed (HMAC over "unsubscribe:<id>:<address hash>")', () => {
    const hash = createHash('sha256').update('reader@example.org').digest('base64url');
    const expected = createHmac('sha256', authSecret())
      .update(`unsubscribe:42:${hash}`)
      .digest('base64url');
    expect(token).toBe(`42.${expected}`);
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

describe('confirmation tokens', () => {
  const { CONFIRM_TTL_MS, confirmToken, confirmTokenCommentId, verifyConfirmToken } = tokens;
  const now = Date.UTC(2026, 0, 1);
  const token = confirmToken(7, 'Reader@Example.org', now);

  it('verify for their comment and address until the expiry, then say expired', () => {
    expect(token).toMatch(/^7\.[0-9]+\.[A-Za-z0-9_-]{43}$/);
    expect(token.toLowerCase()).not.toContain('reader');
    expect(confirmTokenCommentId(token)).toBe(7);
    expect(verifyConfirmToken(token, 7, 'reader@example.org', now)).toBe('valid');
    expect(verifyConfirmToken(token, 7, 'reader@example.org', now + CONFIRM_TTL_MS - 1000)).toBe(
      'valid',
    );
    expect(verifyConfirmToken(token, 7, 'reader@example.org', now + CONFIRM_TTL_MS)).toBe(
      'expired',
    );
  });

  it('refuse another comment or address, a moved expiry, and an unsubscribe token', () => {
    const [, expires, sig] = token.split('.');
    expect(verifyConfirmToken(token, 8, 'reader@example.org', now)).toBe('invalid');
    expect(verifyConfirmToken(token, 7, 'someone@example.org', now)).toBe('invalid');
    // A later expiry with the old signature: editing the link cannot extend it.
    const later = `7.${Number(expires) + 86_400}.${sig}`;
    expect(verifyConfirmToken(later, 7, 'reader@example.org', now)).toBe('invalid');
    // An expired token with a forged signature is invalid, not "expired".
    const forged = `7.${expires}.${'A'.repeat(43)}`;
    expect(verifyConfirmToken(forged, 7, 'reader@example.org', now + CONFIRM_TTL_MS)).toBe(
      'invalid',
    );
    // The same signer, another purpose: an unsubscribe link's signature never confirms.
    const unsub = tokens.unsubscribeToken(7, 'reader@example.org').split('.')[1];
    expect(verifyConfirmToken(`7.${expires}.${unsub}`, 7, 'reader@example.org', now)).toBe(
      'invalid',
    );
    for (const bad of ['', '7', '7.1', `07.${expires}.${sig}`, `7.${expires}.${sig}.x`, 7])
      expect(confirmTokenCommentId(bad), String(bad)).toBeNull();
  });
});
