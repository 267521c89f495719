import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb, writeTx } = await import('@/db');
const { auditLog, comments, users } = await import('@/db/schema');
const { eq, desc } = await import('drizzle-orm');
const { countByStatus, countPending, latestComments, listCommentedPosts, listQueue } =
  await import('./moderation');
const { deleteComments, editCommentBody, moderateComments, replyToComment } =
  await import('./moderation-changes');
// The queries run in the caller's write transaction; the server layer opens it in the app.
const moderate = (input: Parameters<typeof moderateComments>[1]) =>
  writeTx((tx) => moderateComments(tx, input));
const reply = (input: Parameters<typeof replyToComment>[1]) =>
  writeTx((tx) => replyToComment(tx, input));

let actorId = 0;
let postId = 0;

function addComment(values: Partial<typeof comments.$inferInsert> = {}) {
  return getDb()
    .insert(comments)
    .values({
      postId,
      authorName: 'Reader',
      authorEmail: 'reader@example.org',
      body: 'Hello',
      language: 'en',
      ...values,
    })
    .returning()
    .get();
}

const statusOf = (id: number) =>
  getDb().select({ s: comments.status }).from(comments).where(eq(comments.id, id)).get()?.s;
const auditFor = (id: number) =>
  getDb()
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .orderBy(desc(auditLog.id))
    .all()
    .filter((a) => a.entity === 'comment');

beforeAll(async () => {
  await seedDemo();
  actorId = getDb().select().from(users).where(eq(users.role, 'moderator')).get()!.id;
  postId = getDb().select().from(comments).get()!.postId;
});

describe('moderation queue', () => {
  it('lists a tab newest first with the post title, parent, trust hint and held reason', () => {
    const pending = listQueue({ status: 'pending' });
    expect(pending.total).toBe(1);
    expect(pending.rows[0]).toMatchObject({
      authorName: 'Night owl',
      authorEmail: 'owl@example.com',
      reason: 'policy: hold all',
      approvedBefore: 0,
    });
    expect(Object.values(pending.rows[0]!.postTitles)).toContain(
      'A harbour town opens its library at night',
    );
    const approved = listQueue({ status: 'approved' });
    const reply = approved.rows.find((r) => r.parent?.id);
    expect(reply?.parent).toMatchObject({ authorName: '港の読者' });
    expect(countByStatus()).toEqual({ pending: 1, approved: 2, spam: 1, trash: 1 });
    expect(countPending()).toBe(1);
    expect(listCommentedPosts().map((p) => p.id)).toEqual([postId]);
    expect(latestComments().every((c) => c.status === 'pending' || c.status === 'approved')).toBe(
      true,
    );
  });

  it('searches text, name and email literally and filters by post', () => {
    const c = addComment({ body: 'a 100% literal_match', authorEmail: 'find-me@example.org' });
    expect(listQueue({ status: 'pending', q: '100%' }).rows.map((r) => r.id)).toEqual([c.id]);
    expect(listQueue({ status: 'pending', q: '0%_' }).total).toBe(0);
    expect(listQueue({ status: 'pending', q: 'FIND-ME' }).rows.map((r) => r.id)).toEqual([c.id]);
    expect(listQueue({ status: 'pending', q: 'night owl' }).total).toBe(1);
    expect(listQueue({ status: 'pending', postId: postId + 999 }).total).toBe(0);
    expect(listQueue({ status: 'pending', postId, q: '100%' }).total).toBe(1);
  });

  it('pages newest first', () => {
    const made = [1, 2, 3].map((n) => addComment({ body: `paged ${n}` }));
    const first = listQueue({ status: 'pending', q: 'paged', perPage: 2 });
    const second = listQueue({ status: 'pending', q: 'paged', perPage: 2, page: 2 });
    expect(first.total).toBe(3);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(
      made.map((c) => c.id).reverse(),
    );
  });

  it('counts the email’s other approved comments as the trust hint', () => {
    addComment({ authorEmail: 'trusted@example.org', status: 'approved' });
    addComment({ authorEmail: 'trusted@example.org', status: 'approved' });
    const c = addComment({ authorEmail: 'trusted@example.org', body: 'third from trusted' });
    expect(listQueue({ status: 'pending', q: 'third from trusted' }).rows[0]).toMatchObject({
      id: c.id,
      approvedBefore: 2,
    });
  });
});

describe('moderation changes', () => {
  it('moves only comments the action applies to and logs actor, previous and new status', () => {
    const a = addComment();
    const b = addComment({ status: 'approved' });
    const changes = moderate({ ids: [a.id, b.id], action: 'approve', actorId });
    expect(changes).toEqual([
      { id: a.id, slug: expect.any(String), from: 'pending', to: 'approved' },
    ]);
    expect(auditFor(a.id)[0]).toMatchObject({
      actorId,
      action: 'comment.approve',
      details: { from: 'pending', to: 'approved' },
    });
    expect(auditFor(b.id)).toHaveLength(0);
    expect(getDb().select().from(comments).where(eq(comments.id, a.id)).get()).toMatchObject({
      moderatedBy: actorId,
    });
  });

  it('restores a trashed comment to where it was, and not-spam sends it back to pending', () => {
    const c = addComment({ status: 'approved' });
    moderate({ ids: [c.id], action: 'trash', actorId });
    expect(statusOf(c.id)).toBe('trash');
    moderate({ ids: [c.id], action: 'restore', actorId });
    expect(statusOf(c.id)).toBe('approved');
    moderate({ ids: [c.id], action: 'spam', actorId });
    moderate({ ids: [c.id], action: 'notSpam', actorId });
    expect(statusOf(c.id)).toBe('pending');
    expect(auditFor(c.id).map((a) => a.action)).toEqual([
      'comment.notSpam',
      'comment.spam',
      'comment.restore',
      'comment.trash',
    ]);
  });

  it('deletes only spam and trash, with their replies, and logs it', () => {
    const spam = addComment({ status: 'spam' });
    const reply = addComment({ parentId: spam.id, status: 'approved' });
    const kept = addComment();
    const changes = deleteComments({ ids: [spam.id, kept.id], actorId });
    expect(changes.map((c) => c.id)).toEqual([spam.id]);
    expect(statusOf(spam.id)).toBeUndefined();
    expect(statusOf(reply.id)).toBeUndefined();
    expect(statusOf(kept.id)).toBe('pending');
    expect(auditFor(spam.id)[0]).toMatchObject({
      action: 'comment.delete',
      details: { from: 'spam', to: null, replies: 1 },
    });
  });

  it('a reply is published at once, approves a pending parent and is not stored twice', () => {
    const parent = addComment();
    const author = { id: actorId, name: 'Moderator', email: 'moderator@taiyaku.test' };
    const key = 'reply-key-0123456789abcdef';
    const made = reply({
      parentId: parent.id,
      body: 'Thanks!',
      author,
      idempotencyKey: key,
      threadDepth: 3,
    });
    expect(made).not.toBeNull();
    expect(getDb().select().from(comments).where(eq(comments.id, made!.id)).get()).toMatchObject({
      parentId: parent.id,
      userId: actorId,
      status: 'approved',
    });
    expect(statusOf(parent.id)).toBe('approved');
    expect(
      reply({
        parentId: parent.id,
        body: 'Thanks!',
        author,
        idempotencyKey: key,
        threadDepth: 3,
      }),
    ).toEqual({ ...made, approvedIds: [] });
    // The first reply approved itself and its held parent (their notices); the replay, nothing.
    expect(made!.approvedIds).toEqual([parent.id, made!.id]);
    expect(
      getDb().select().from(comments).where(eq(comments.idempotencyKey, key)).all(),
    ).toHaveLength(1);
    expect(auditFor(made!.id)[0]).toMatchObject({ action: 'comment.reply', actorId });
  });

  it('past the thread depth a reply joins its parent’s thread; spam cannot be replied to', () => {
    const top = addComment({ status: 'approved' });
    const child = addComment({ parentId: top.id, status: 'approved' });
    const author = { id: actorId, name: 'Moderator', email: 'moderator@taiyaku.test' };
    const made = reply({
      parentId: child.id,
      body: 'Deep',
      author,
      idempotencyKey: crypto.randomUUID(),
      threadDepth: 2,
    });
    expect(getDb().select().from(comments).where(eq(comments.id, made!.id)).get()?.parentId).toBe(
      top.id,
    );
    const spam = addComment({ status: 'spam' });
    expect(
      reply({
        parentId: spam.id,
        body: 'No',
        author,
        idempotencyKey: crypto.randomUUID(),
        threadDepth: 3,
      }),
    ).toBeNull();
  });

  it('editing keeps the previous text in the audit log', () => {
    const c = addComment({ body: 'Before' });
    expect(editCommentBody({ id: c.id, body: 'After', actorId })).toMatchObject({
      id: c.id,
      from: 'pending',
      to: 'pending',
    });
    expect(getDb().select().from(comments).where(eq(comments.id, c.id)).get()?.body).toBe('After');
    expect(auditFor(c.id)[0]).toMatchObject({
      action: 'comment.edit',
      details: { previousBody: 'Before' },
    });
    expect(editCommentBody({ id: 999_999, body: 'x', actorId })).toBeNull();
  });
});
