import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import type { AuthorHistory } from './comments';

const file = throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { comments, posts, users } = await import('@/db/schema');
const { eq, ne } = await import('drizzle-orm');
const q = await import('./comments');

let postId = 0;
const hold = () => ({ status: 'pending' as const, reason: 'policy: hold all' });
const input = (over: Partial<Parameters<typeof q.createComment>[0]> = {}) => ({
  postId,
  parentId: null,
  authorName: 'Tester',
  authorEmail: 'tester@example.com',
  body: 'A comment.',
  language: 'en',
  ipHash: 'ip-a',
  userAgent: null,
  idempotencyKey: null,
  ...over,
});

beforeAll(async () => {
  await seedDemo();
  postId = q.getCommentTarget({ slug: 'night-reading-room' })!.id;
});

describe('comment queries', () => {
  it('the public thread has only approved comments and never an email', () => {
    const list = q.getApprovedComments({ postId });
    expect(list.map((c) => c.body)).toEqual([
      '夜の図書館、うちの町にも欲しいです。',
      'ありがとうございます。続報があれば訳します。',
    ]);
    for (const c of list)
      expect(Object.keys(c).sort()).toEqual([
        'authorName',
        'body',
        'createdAt',
        'id',
        'language',
        'parentId',
        'staff',
      ]);
    // The owner's reply carries the staff badge, as a boolean and not the account.
    expect(list.map((c) => [c.language, c.staff])).toEqual([
      ['ja', false],
      ['ja', true],
    ]);
    expect(q.countApprovedComments({ postId })).toBe(2);
  });

  it('a repeated idempotency key returns the first comment, never a second row', () => {
    const key = 'key-repeat-0000000001';
    const first = q.createComment(input({ idempotencyKey: key }), { decide: hold });
    const again = q.createComment(input({ idempotencyKey: key, ipHash: 'ip-b' }), {
      decide: () => ({ status: 'approved', reason: 'x' }),
    });
    expect(first).toMatchObject({ ok: true, status: 'pending', created: true, ipHash: 'ip-a' });
    expect(again).toMatchObject({
      ok: true,
      id: (first as { id: number }).id,
      status: 'pending',
      created: false,
      ipHash: 'ip-a',
    });
    expect(
      getDb()
        .select()
        .from(comments)
        .all()
        .filter((c) => c.idempotencyKey === key),
    ).toHaveLength(1);
  });

  it('a key reused for another post or other content is refused, and nothing else is stored', () => {
    const key = 'key-reused-000000001';
    const first = q.createComment(input({ idempotencyKey: key }), { decide: hold }) as {
      id: number;
    };
    const otherPost = getDb()
      .select({ id: posts.id })
      .from(posts)
      .where(ne(posts.id, postId))
      .get()!.id;
    for (const change of [
      { postId: otherPost },
      { body: 'Different text' },
      { authorName: 'Someone else' },
      { authorEmail: 'other@example.com' },
      { parentId: first.id },
    ]) {
      expect(
        q.createComment(input({ idempotencyKey: key, ...change }), { decide: hold }),
        JSON.stringify(change),
      ).toEqual({ ok: false, error: 'keyReused' });
    }
    expect(
      getDb()
        .select()
        .from(comments)
        .all()
        .filter((c) => c.idempotencyKey === key)
        .map((c) => c.id),
    ).toEqual([first.id]);
    expect(
      q.createComment(input({ idempotencyKey: key, language: 'ja', ipHash: 'ip-c' }), {
        decide: hold,
      }),
    ).toMatchObject({ ok: true, id: first.id, created: false });
  });

  it('the policy sees the author’s history inside the transaction: moderator approvals under this name and email', () => {
    const seen: AuthorHistory[] = [];
    const record = (over: Partial<ReturnType<typeof input>>) =>
      q.createComment(input(over), { decide: (history) => (seen.push(history), hold()) });
    const approve = (id: number, by: number | null, userId: number | null = null) =>
      getDb()
        .update(comments)
        .set({ status: 'approved', moderatedBy: by, userId })
        .where(eq(comments.id, id))
        .run();
    const owner = getDb().select().from(users).where(eq(users.role, 'owner')).get()!;
    const a = record({ authorName: 'Kei', authorEmail: 'kei@example.com' }) as { id: number };
    approve(a.id, owner.id);
    const byPolicy = record({ authorName: 'Auto', authorEmail: 'auto@example.com' }) as {
      id: number;
    };
    approve(byPolicy.id, null);
    const staffReply = record({ authorName: 'Mod', authorEmail: 'mod-reply@example.com' }) as {
      id: number;
    };
    approve(staffReply.id, owner.id, owner.id);
    seen.length = 0;
    record({ authorName: 'Kei', authorEmail: 'kei@example.com' });
    record({ authorName: 'Not Kei', authorEmail: 'kei@example.com' });
    record({ authorName: 'Auto', authorEmail: 'auto@example.com' });
    record({ authorName: 'Mod', authorEmail: 'mod-reply@example.com' });
    // The seed's reply by the owner is a staff reply, and the address is a staff account's.
    record({ authorName: owner.name, authorEmail: owner.email });
    expect(seen).toEqual([
      { moderatorApproved: 1, staffAddress: false },
      { moderatorApproved: 0, staffAddress: false },
      { moderatorApproved: 0, staffAddress: false },
      { moderatorApproved: 0, staffAddress: false },
      { moderatorApproved: 0, staffAddress: true },
    ]);
  });

  it('rate limits per bucket, while a replay of a stored key still answers', () => {
    const rateLimit = { bucket: 'comment:test', limit: 2, windowMs: 60_000 };
    const a = q.createComment(input({ idempotencyKey: 'key-rate-00000000001' }), {
      decide: hold,
      rateLimit,
    });
    q.createComment(input({ idempotencyKey: 'key-rate-00000000002' }), { decide: hold, rateLimit });
    const third = q.createComment(input({ idempotencyKey: 'key-rate-00000000003' }), {
      decide: hold,
      rateLimit,
    });
    expect(third).toMatchObject({ ok: false });
    expect((third as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(
      q.createComment(input({ idempotencyKey: 'key-rate-00000000001' }), {
        decide: hold,
        rateLimit,
      }),
    ).toMatchObject({ ok: true, id: (a as { id: number }).id });
  });

  it('shows a reader only their own held comments on this post', () => {
    const mine = q.createComment(input({ body: 'mine, held' }), { decide: hold }) as { id: number };
    const spam = q.createComment(input({ body: 'mine, spam' }), {
      decide: () => ({ status: 'spam', reason: 'honeypot filled' }),
    }) as { id: number };
    const approved = q.createComment(input({ body: 'mine, approved' }), {
      decide: () => ({ status: 'approved', reason: 'x' }),
    }) as { id: number };
    const own = q.getOwnUnapprovedComments({ postId, ids: [mine.id, spam.id, approved.id, 1] });
    expect(own.map((c) => c.body)).toEqual(['mine, held', 'mine, spam']);
    expect(own.every((c) => c.pending && !('authorEmail' in c))).toBe(true);
    expect(q.getOwnUnapprovedComments({ postId: postId + 1, ids: [mine.id] })).toEqual([]);
    expect(q.getOwnUnapprovedComments({ postId, ids: [] })).toEqual([]);
  });

  it('reply parents must be approved comments of the same post; depth counts from the top', () => {
    const [top, reply] = q.getApprovedComments({ postId });
    expect(q.getReplyParent({ id: top!.id, postId })).toEqual({ id: top!.id, depth: 1 });
    expect(q.getReplyParent({ id: reply!.id, postId })).toEqual({ id: reply!.id, depth: 2 });
    expect(q.getReplyParent({ id: reply!.id, postId: postId + 1 })).toBeNull();
    const held = getDb()
      .select()
      .from(comments)
      .all()
      .find((c) => c.status === 'pending')!;
    expect(q.getReplyParent({ id: held.id, postId: held.postId })).toBeNull();
  });

  it('the database refuses what the schema refuses (code-point lengths, NUL)', () => {
    expect(() => q.createComment(input({ body: 'x'.repeat(5001) }), { decide: hold })).toThrow();
    expect(() => q.createComment(input({ body: 'a\u0000b' }), { decide: hold })).toThrow();
    expect(
      q.createComment(input({ body: '\u{1F600}'.repeat(5000) }), { decide: hold }),
    ).toMatchObject({ ok: true });
  });
});

/** Runs createComment in a separate process (its own connection) once the parent says go. */
function racer(key: string): { ready: Promise<void>; go: () => void; result: Promise<unknown> } {
  const code = `
    import { createComment } from '@/db/queries/comments';
    process.stdout.write('ready\\n');
    process.stdin.once('data', () => {
      const r = createComment(${JSON.stringify(input({ idempotencyKey: key, body: 'raced' }))}, { decide: () => ({ status: 'pending', reason: 'race' }) });
      process.stdout.write(JSON.stringify(r) + '\\n');
      process.exit(0);
    });`;
  const child = spawn(
    path.resolve('node_modules/.bin/tsx'),
    ['--conditions=react-server', '-e', code],
    { env: { ...process.env, DATABASE_PATH: file } },
  );
  let out = '';
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ready\n')) markReady();
  });
  const result = new Promise((resolve, reject) =>
    child.on('exit', (status) =>
      status === 0 ? resolve(JSON.parse(out.split('\n')[1]!)) : reject(new Error(out)),
    ),
  );
  return { ready, go: () => child.stdin.write('go\n'), result };
}

describe('concurrent submits across processes', () => {
  it('one idempotency key from four processes at once stores one row and answers one id', async () => {
    const key = 'key-race-000000000001';
    const racers = Array.from({ length: 4 }, () => racer(key));
    await Promise.all(racers.map((r) => r.ready));
    racers.forEach((r) => r.go());
    const results = (await Promise.all(racers.map((r) => r.result))) as Array<{
      ok: boolean;
      id: number;
      created: boolean;
    }>;
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(
      getDb()
        .select()
        .from(comments)
        .all()
        .filter((c) => c.idempotencyKey === key),
    ).toHaveLength(1);
  }, 60_000);
});
