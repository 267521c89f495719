import { beforeAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
// Counts real password checks (Argon2 verifications) without changing them.
vi.mock('./password', async (original) => {
  const actual = await original<typeof import('./password')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const { verifyPassword, hashPassword } = await import('./password');
const { createUser, recentLockouts } = await import('@/db/queries/users');
const { getDb } = await import('@/db');
const { throttleEvents } = await import('@/db/schema');
const { authorize, TooManyAttempts } = await import('./authorize');
const { ACCOUNT_LIMIT, CLIENT_LIMIT, beginSignIn, signInFailed } = await import('./sign-in-limit');

const PASSWORD = 'right-password-123';
let counter = 0;
const account = async () => {
  const email = `limit-${++counter}@taiyaku.test`;
  const user = createUser({
    email,
    name: `Limit ${counter}`,
    role: 'moderator',
    passwordHash: await hashPassword(PASSWORD),
  });
  return { id: user.id, email };
};
// Each try claims a new address: with TRUST_PROXY=0 (the default) none of them may count.
const request = (i: number) =>
  new Request('http://blog.test/api/auth/callback/credentials', {
    headers: { 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}` },
  });
const attempt = (email: string, password: string, i: number) =>
  authorize({ email, password }, request(i)).then(
    (user) => (user ? 'signed in' : 'refused'),
    (error: unknown) => (error instanceof TooManyAttempts ? 'paused' : Promise.reject(error)),
  );
const checks = () => vi.mocked(verifyPassword).mock.calls.length;

beforeAll(() => getDb());

describe('sign-in limits', () => {
  it('30 tries at once with rotating X-Forwarded-For get 5 password checks; the right password among them does not sign in later', async () => {
    const { email } = await account();
    vi.mocked(verifyPassword).mockClear();
    const wrong = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(email, `wrong-${i}`, i)),
    );
    expect(checks()).toBe(ACCOUNT_LIMIT);
    expect(wrong.filter((r) => r === 'refused')).toHaveLength(ACCOUNT_LIMIT);
    expect(wrong.filter((r) => r === 'paused')).toHaveLength(30 - ACCOUNT_LIMIT);
    const later = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        attempt(email, i === 7 ? PASSWORD : `again-${i}`, 100 + i),
      ),
    );
    expect(later).toEqual(Array(10).fill('paused'));
    expect(checks()).toBe(ACCOUNT_LIMIT);
    // One notice for the owner's dashboard, however many tries followed.
    const notices = recentLockouts({ since: new Date(Date.now() - 60_000), limit: 50 }).filter(
      (n) => n.email === email,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.failures).toBe(ACCOUNT_LIMIT);
    expect(notices[0]!.until.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('a right password gives its place back, so signing in never uses up the limit', async () => {
    const { email } = await account();
    for (let i = 0; i < ACCOUNT_LIMIT + 3; i++)
      expect(await attempt(email, PASSWORD, i)).toBe('signed in');
    expect(await attempt(email, 'wrong', 1)).toBe('refused');
  });

  it('pauses unknown addresses the same way, without a notice', async () => {
    const email = `nobody-${Date.now()}@taiyaku.test`;
    for (let i = 0; i < ACCOUNT_LIMIT; i++)
      expect(await attempt(email, 'guess', i)).toBe('refused');
    expect(await attempt(email, 'guess', 99)).toBe('paused');
    expect(recentLockouts({ since: new Date(0), limit: 50 }).some((n) => n.email === email)).toBe(
      false,
    );
    expect(signInFailed(email, null)).toBe(false);
  });

  it('without a trusted proxy, failures across many made-up addresses do not lock anyone else out', async () => {
    const { email } = await account();
    // Slots taken as a failed attempt takes them (without hashing forty passwords on a shared machine).
    for (let i = 0; i < CLIENT_LIMIT * 2; i++)
      expect(beginSignIn(`made-up-${i}@example.test`, request(i).headers).ok).toBe(true);
    expect(await attempt(email, PASSWORD, 1)).toBe('signed in');
    expect(
      getDb()
        .select()
        .from(throttleEvents)
        .all()
        .some((e) => e.bucket.startsWith('login-client:')),
    ).toBe(false);
  });

  it('behind a trusted proxy, pauses a client after its failures across accounts; the window ends the pause', () => {
    const now = Date.now() + 3_600_000; // a window of its own, after the tests above
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9' });
    for (let i = 0; i < CLIENT_LIMIT; i++)
      expect(beginSignIn(`spray-${i}@example.test`, headers, now + i, true).ok).toBe(true);
    expect(beginSignIn('one-more@example.test', headers, now + 100, true)).toMatchObject({
      ok: false,
    });
    // Another client is not paused, and the proxy's last entry is the client, not what it typed first.
    expect(
      beginSignIn(
        'one-more@example.test',
        new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.1' }),
        now + 100,
        true,
      ).ok,
    ).toBe(true);
    expect(beginSignIn('another@example.test', headers, now + 16 * 60_000, true).ok).toBe(true);
    getDb().delete(throttleEvents).run();
  });
});
