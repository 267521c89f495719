import { describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const q = await import('./users');

const user = (n: number) =>
  q.createUser({
    email: `user-${n}@taiyaku.test`,
    name: `User ${n}`,
    role: 'moderator',
    passwordHash: 'x',
  });

describe('user queries', () => {
  it('a sign-out with the current token ends every session; a stale token changes nothing', () => {
    const u = user(1);
    q.bumpSessionVersion(u.id, 0);
    expect(q.getUserById({ id: u.id })!.sessionVersion).toBe(1);
    q.bumpSessionVersion(u.id, 0); // an old, already dead token signs out again
    expect(q.getUserById({ id: u.id })!.sessionVersion).toBe(1);
    q.bumpSessionVersion(u.id);
    expect(q.getUserById({ id: u.id })!.sessionVersion).toBe(2);
  });

  it('leaves one lockout notice per window and lists the newest first with the current email', () => {
    const a = user(2);
    const b = user(3);
    const now = Date.now();
    expect(
      q.noteLockout({ userId: a.id, failures: 5, until: now + 900_000, since: now - 900_000 }),
    ).toBe(true);
    expect(
      q.noteLockout({ userId: a.id, failures: 5, until: now + 900_000, since: now - 900_000 }),
    ).toBe(false);
    expect(
      q.noteLockout({ userId: b.id, failures: 6, until: now + 60_000, since: now - 900_000 }),
    ).toBe(true);
    // A later window (its start after the first notice) gets a notice of its own.
    expect(
      q.noteLockout({ userId: a.id, failures: 5, until: now + 1_900_000, since: now + 1_000 }),
    ).toBe(true);
    const list = q.recentLockouts({ since: new Date(now - 60_000) });
    expect(list.map((l) => [l.email, l.failures])).toEqual([
      ['user-2@taiyaku.test', 5],
      ['user-3@taiyaku.test', 6],
      ['user-2@taiyaku.test', 5],
    ]);
    expect(list[1]!.until.getTime()).toBe(now + 60_000);
    expect(q.recentLockouts({ since: new Date(now + 3_600_000) })).toEqual([]);
  });
});
