import { describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { opensPost, unlockValue } = await import('./unlock-cookie');

const post = { id: 7, passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$one' };
const NOW = Date.UTC(2026, 0, 1);

describe('the unlock cookie of a password post', () => {
  it('opens the post it was made for, until it expires', () => {
    const value = unlockValue(post, NOW);
    expect(opensPost(post, value, NOW)).toBe(true);
    expect(opensPost(post, value, NOW + 11 * 86_400_000)).toBe(false);
  });

  it('opens no other post, and nothing once the password changed', () => {
    const value = unlockValue(post, NOW);
    expect(opensPost({ ...post, id: 8 }, value, NOW)).toBe(false);
    expect(
      opensPost({ ...post, passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$two' }, value, NOW),
    ).toBe(false);
    expect(opensPost({ ...post, passwordHash: null }, value, NOW)).toBe(false);
  });

  it('refuses forged and damaged values', () => {
    const [expires, sig] = unlockValue(post, NOW).split('.');
    for (const bad of [
      undefined,
      '',
      'x',
      `${Number(expires) + 999}.${sig}`,
      `${expires}.${sig}x`,
      `${expires}.`,
    ])
      expect(opensPost(post, bad, NOW), String(bad)).toBe(false);
  });
});
