import { beforeAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
// The reply notices, as they are queued, unless a test makes queueing them fail.
const fault = vi.hoisted(() => ({ mail: false }));
vi.mock('@/server/mail/enqueue', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/server/mail/enqueue')>();
  const failing =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const result = fn(...args);
      if (fault.mail) throw new Error('mail queue failed');
      return result;
    };
  return {
    ...actual,
    enqueueForModeration: failing(actual.enqueueForModeration),
    enqueueReplyNotices: failing(actual.enqueueReplyNotices),
  };
});
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { auditLog, comments, posts, users } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { moderate, replyAsStaff, undoMoves } = await import('./moderate');

let actorId = 0;
let postId = 0;
const add = (body: string) =>
  getDb()
    .insert(comments)
    .values({ postId, authorName: 'Reader', authorEmail: 'r@example.org', body, language: 'en' })
    .returning()
    .get().id;
const statusOf = (id: number) =>
  getDb().select().from(comments).where(eq(comments.id, id)).get()?.status;
const auditRows = () => getDb().select().from(auditLog).all().length;
/** Runs `fn` with mail queueing failing, and returns what it threw. */
function withFailingMail(fn: () => unknown): unknown {
  fault.mail = true;
  try {
    fn();
  } catch (error) {
    return error;
  } finally {
    fault.mail = false;
  }
  return undefined;
}

beforeAll(async () => {
  await seedDemo();
  actorId = getDb().select().from(users).where(eq(users.role, 'moderator')).get()!.id;
  postId = getDb().select().from(posts).get()!.id;
});

describe('moderation and its mail in one transaction', () => {
  it('a failure while queueing reply notices leaves the comments and the audit log as they were', () => {
    const id = add('held');
    const logged = auditRows();
    expect(withFailingMail(() => moderate({ ids: [id], action: 'approve', actorId }))).toEqual(
      new Error('mail queue failed'),
    );
    expect(statusOf(id)).toBe('pending');
    expect(auditRows()).toBe(logged);
    expect(moderate({ ids: [id], action: 'approve', actorId })).toMatchObject([
      { id, from: 'pending', to: 'approved' },
    ]);
    expect(statusOf(id)).toBe('approved');
  });

  it('an undo whose mail fails moves nothing back', () => {
    const id = add('to undo');
    const [moved] = moderate({ ids: [id], action: 'spam', actorId });
    const undo = () => undoMoves({ changes: [{ id, from: moved!.from, to: 'spam' }], actorId });
    expect(withFailingMail(undo)).toEqual(new Error('mail queue failed'));
    expect(statusOf(id)).toBe('spam');
    expect(undo()).toMatchObject([{ id, from: 'spam', to: 'pending' }]);
    expect(statusOf(id)).toBe('pending');
  });

  it('a staff reply whose notices fail stores no reply and leaves its held parent held', () => {
    const parent = add('asks');
    const author = getDb().select().from(users).where(eq(users.id, actorId)).get()!;
    const reply = () =>
      replyAsStaff({
        parentId: parent,
        body: 'Thanks!',
        author,
        idempotencyKey: 'staff-reply-fails-0001',
        threadDepth: 3,
      });
    expect(withFailingMail(reply)).toEqual(new Error('mail queue failed'));
    expect(statusOf(parent)).toBe('pending');
    expect(getDb().select().from(comments).where(eq(comments.parentId, parent)).all()).toHaveLength(
      0,
    );
    const made = reply();
    expect(made).toMatchObject({ id: expect.any(Number), slug: expect.any(String) });
    expect(statusOf(parent)).toBe('approved');
    // The resubmitted form answers with the same reply.
    expect(reply()).toEqual(made);
  });
});
