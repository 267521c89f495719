import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import type { NewComment, StatusDecision } from './comments';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb, writeTx } = await import('@/db');
const { comments, posts, users } = await import('@/db/schema');
const { eq, ne } = await import('drizzle-orm');
const q = await import('./comments');

let postId = 0;
const hold: StatusDecision = { status: 'pending', reason: 'policy: hold all' };
const input = (over: Partial<NewComment> = {}): NewComment => ({
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

/** Inserts in a write transaction of its own, as the server layer's would. */
const store = (row: NewComment, decision: StatusDecision = hold) =>
  writeTx((tx) => q.insertComment(tx, { ...row, ...decision }));

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

  it('a stored key replays the first comment; a second insert under it breaks the unique index', () => {
    const key = 'key-repeat-0000000001';
    expect(q.replayComment(getDb(), input({ idempotencyKey: key }))).toBeUndefined();
    const first = store(input({ idempotencyKey: key }));
    expect(first).toMatchObject({ status: 'pending' });
    // Another client (ip-b) retrying the same content gets the first comment, with its client.
    expect(q.replayComment(getDb(), input({ idempotencyKey: key, ipHash: 'ip-b' }))).toEqual({
      ok: true,
      id: first.id,
      status: 'pending',
      created: false,
      ipHash: 'ip-a',
    });
    let error: unknown;
    try {
      store(input({ idempotencyKey: key }), { status: 'approved', reason: 'x' });
    } catch (thrown) {
      error = thrown;
    }
    // What the server layer catches to re-read the winner's row.
    expect(q.isUniqueViolation(error)).toBe(true);
    expect(q.isUniqueViolation(new Error('other'))).toBe(false);
    expect(
      getDb()
        .select()
        .from(comments)
        .all()
        .filter((c) => c.idempotencyKey === key),
    ).toHaveLength(1);
    // Without a key there is nothing to replay.
    expect(q.replayComment(getDb(), input())).toBeUndefined();
  });

  it('a key reused for another post or other content is refused', () => {
    const key = 'key-reused-000000001';
    const first = store(input({ idempotencyKey: key }));
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
        q.replayComment(getDb(), input({ idempotencyKey: key, ...change })),
        JSON.stringify(change),
      ).toEqual({ ok: false, error: 'keyReused' });
    }
    // The language and client are not the content: the same text replays.
    expect(
      q.replayComment(getDb(), input({ idempotencyKey: key, language: 'ja', ipHash: 'ip-c' })),
    ).toMatchObject({ ok: true, id: first.id, created: false });
  });

  it('the author’s history: moderator approvals under this name and email, and staff addresses', () => {
    const history = (over: Partial<NewComment>) =>
      writeTx((tx) => q.authorHistory(tx, { name: over.authorName!, email: over.authorEmail! }));
    const approve = (id: number, by: number | null, userId: number | null = null) =>
      getDb()
        .update(comments)
        .set({ status: 'approved', moderatedBy: by, userId })
        .where(eq(comments.id, id))
        .run();
    const owner = getDb().select().from(users).where(eq(users.role, 'owner')).get()!;
    const a = store(input({ authorName: 'Kei', authorEmail: 'kei@example.com' }));
    approve(a.id, owner.id);
    const byPolicy = store(input({ authorName: 'Auto', authorEmail: 'auto@example.com' }));
    approve(byPolicy.id, null);
    const staffReply = store(input({ authorName: 'Mod', authorEmail: 'mod-reply@example.com' }));
    approve(staffReply.id, owner.id, owner.id);
    expect(
      [
        { authorName: 'Kei', authorEmail: 'kei@example.com' },
        { authorName: 'Not Kei', authorEmail: 'kei@example.com' },
        { authorName: 'Auto', authorEmail: 'auto@example.com' },
        { authorName: 'Mod', authorEmail: 'mod-reply@example.com' },
        // The seed's reply by the owner is a staff reply, and the address is a staff account's.
        { authorName: owner.name, authorEmail: owner.email },
      ].map(history),
    ).toEqual([
      { moderatorApproved: 1, staffAddress: false },
      { moderatorApproved: 0, staffAddress: false },
      { moderatorApproved: 0, staffAddress: false },
      { moderatorApproved: 0, staffAddress: false },
      { moderatorApproved: 0, staffAddress: true },
    ]);
  });

  it('shows a reader only their own held comments on this post', () => {
    const mine = store(input({ body: 'mine, held' }));
    const spam = store(input({ body: 'mine, spam' }), {
      status: 'spam',
      reason: 'honeypot filled',
    });
    const approved = store(input({ body: 'mine, approved' }), { status: 'approved', reason: 'x' });
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
    expect(() => store(input({ body: 'x'.repeat(5001) }))).toThrow();
    expect(() => store(input({ body: 'a\u0000b' }))).toThrow();
    expect(store(input({ body: '\u{1F600}'.repeat(5000) }))).toMatchObject({ status: 'pending' });
  });
});
