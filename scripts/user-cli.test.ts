import { describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { getUserByEmail } = await import('@/db/queries/users');
const { verifyPassword } = await import('@/server/auth/password');
const { runUserCli } = await import('./user-cli');

/** Runs a command with a scripted password and collects what it printed. */
async function run(args: string[], password = 'correct horse battery') {
  const out: string[] = [];
  const err: string[] = [];
  let asked = 0;
  const code = await runUserCli(args, {
    password: async () => (asked++, password),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err, asked };
}

describe('user CLI', () => {
  it('adds an owner and a moderator and lists them', async () => {
    expect(
      (await run(['add', '--email', 'Boss@Example.org', '--name', 'Boss', '--role', 'owner'])).code,
    ).toBe(0);
    expect(
      (await run(['add', '--email', 'mod@example.org', '--name', 'Mod', '--role', 'moderator']))
        .code,
    ).toBe(0);
    const boss = getUserByEmail({ email: 'boss@example.org' });
    expect(boss).toMatchObject({ role: 'owner', name: 'Boss', disabled: false });
    expect(await verifyPassword(boss!.passwordHash, 'correct horse battery')).toBe(true);
    const { out } = await run(['list']);
    expect(out).toEqual([
      `${boss!.id}\tboss@example.org\tBoss\towner\tactive`,
      expect.stringMatching(/\tmod@example\.org\tMod\tmoderator\tactive$/),
    ]);
  });

  it('checks the fields before asking for a password, and refuses bad passwords and duplicates', async () => {
    const bad = await run(['add', '--email', 'nope', '--name', 'X', '--role', 'moderator']);
    expect(bad).toMatchObject({ code: 1, asked: 0 });
    expect(bad.err.join()).toContain('--email is not a valid email address');
    expect(
      (await run(['add', '--email', 'x@example.org', '--name', 'X', '--role', 'admin'])).err.join(),
    ).toContain('--role must be one of: owner, moderator');
    expect(
      (
        await run(
          ['add', '--email', 'x@example.org', '--name', 'X', '--role', 'moderator'],
          'short',
        )
      ).err.join(),
    ).toContain('at least 8');
    expect(
      (
        await run(
          ['add', '--email', 'x@example.org', '--name', 'X', '--role', 'moderator'],
          'p'.repeat(1025),
        )
      ).err.join(),
    ).toContain('at most 1024');
    expect(getUserByEmail({ email: 'x@example.org' })).toBeNull();
    expect(
      (
        await run(['add', '--email', 'mod@example.org', '--name', 'Again', '--role', 'moderator'])
      ).err.join(),
    ).toContain('already exists');
  });

  it('accepts a 1,024-character password unchanged', async () => {
    const long = '鍵'.repeat(1024);
    expect((await run(['set-password', '--email', 'mod@example.org'], long)).code).toBe(0);
    expect(
      await verifyPassword(getUserByEmail({ email: 'mod@example.org' })!.passwordHash, long),
    ).toBe(true);
  });

  it('set-password ends the user’s sessions', async () => {
    const before = getUserByEmail({ email: 'mod@example.org' })!;
    expect((await run(['set-password', '--email', 'mod@example.org'], 'a new password')).code).toBe(
      0,
    );
    const after = getUserByEmail({ email: 'mod@example.org' })!;
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, 'a new password')).toBe(true);
  });

  it('refuses to disable or demote the last active owner', async () => {
    expect((await run(['disable', '--email', 'boss@example.org'])).err.join()).toContain(
      'last active owner',
    );
    expect(
      (await run(['set-role', '--email', 'boss@example.org', '--role', 'moderator'])).err.join(),
    ).toContain('last active owner');
    expect(getUserByEmail({ email: 'boss@example.org' })).toMatchObject({
      role: 'owner',
      disabled: false,
    });
    expect((await run(['set-role', '--email', 'mod@example.org', '--role', 'owner'])).code).toBe(0);
    expect((await run(['disable', '--email', 'boss@example.org'])).code).toBe(0);
    expect(getUserByEmail({ email: 'boss@example.org' })?.disabled).toBe(true);
    expect((await run(['enable', '--email', 'boss@example.org'])).code).toBe(0);
  });

  it('explains unknown commands, options and users', async () => {
    expect((await run(['frobnicate'])).err.join()).toContain('Usage:');
    expect((await run(['list', '--bogus'])).code).toBe(1);
    expect((await run(['disable', '--email', 'ghost@example.org'])).err.join()).toContain(
      'No user with the email',
    );
    expect((await run(['disable'])).err.join()).toContain('--email is required');
  });
});
