import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb, writeTx } = await import('@/db');
const { auditLog, comments, posts, users } = await import('@/db/schema');
const { and, eq, inArray } = await import('drizzle-orm');
const { moderateComments } = await import('./moderation-changes');
const { undoModeration } = await import('./moderation-undo');
// The queries run in the caller's write transaction; the server layer opens it in the app.
const moderate = (input: Parameters<typeof moderateComments>[1]) =>
  writeTx((tx) => moderateComments(tx, input));
const undo = (input: Parameters<typeof undoModeration>[1]) =>
  writeTx((tx) => undoModeration(tx, input));

let actorId = 0;
let postId = 0;

const add = (body: string) =>
  getDb()
    .insert(comments)
    .values({ postId, authorName: 'Reader', authorEmail: 'r@example.org', body, language: 'en' })
    .returning()
    .get().id;
const statuses = (ids: number[]) =>
  ids.map(
    (id) => getDb().select().from(comments).where(eq(comments.id, id)).get()?.status ?? 'gone',
  );

beforeAll(async () => {
  await seedDemo();
  actorId = getDb().select().from(users).where(eq(users.role, 'moderator')).get()!.id;
  postId = getDb().select().from(posts).get()!.id;
});

describe('undoing a moderation', () => {
  it('puts each comment back where it was and logs the undo with the actor', () => {
    const ids = [add('one'), add('two'), add('three')];
    moderate({ ids: [ids[0]!], action: 'approve', actorId });
    const moved = moderate({ ids, action: 'spam', actorId });
    expect(statuses(ids)).toEqual(['spam', 'spam', 'spam']);

    const undone = undo({
      changes: moved.map((m) => ({ id: m.id, from: m.from, to: m.to! })),
      actorId,
    });
    expect(undone).toHaveLength(3);
    expect(statuses(ids)).toEqual(['approved', 'pending', 'pending']);
    const log = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'comment.undo'), inArray(auditLog.entityId, ids)))
      .all();
    expect(log.map((l) => [l.entityId, l.actorId, l.details])).toEqual([
      [ids[0], actorId, { from: 'spam', to: 'approved' }],
      [ids[1], actorId, { from: 'spam', to: 'pending' }],
      [ids[2], actorId, { from: 'spam', to: 'pending' }],
    ]);
  });

  it('leaves alone a comment someone moved since, and one that is gone', () => {
    const ids = [add('kept'), add('moved again')];
    const moved = moderate({ ids, action: 'trash', actorId });
    moderate({ ids: [ids[1]!], action: 'restore', actorId });
    const undone = undo({
      changes: [
        ...moved.map((m) => ({ id: m.id, from: m.from, to: m.to! })),
        { id: 999_999, from: 'pending', to: 'trash' },
      ],
      actorId,
    });
    expect(undone.map((u) => u.id)).toEqual([ids[0]]);
    expect(statuses(ids)).toEqual(['pending', 'pending']);
  });

  it('refuses forged moves: never made, from another status, by someone else, or undone twice', () => {
    const owner = getDb().select().from(users).where(eq(users.role, 'owner')).get()!.id;
    const [untouched, approved, byOwner] = [add('never moved'), add('approved'), add('owner')];
    moderate({ ids: [approved], action: 'approve', actorId });
    moderate({ ids: [byOwner], action: 'spam', actorId: owner });
    const forged = [
      // Pending all along: an "undo" of a move to pending that nobody made would approve it.
      { id: untouched, from: 'approved' as const, to: 'pending' as const },
      // Moved pending → approved, "undone" to spam.
      { id: approved, from: 'spam' as const, to: 'approved' as const },
      // The owner's move, undone by the moderator.
      { id: byOwner, from: 'pending' as const, to: 'spam' as const },
    ];
    expect(undo({ changes: forged, actorId })).toEqual([]);
    expect(statuses([untouched, approved, byOwner])).toEqual(['pending', 'approved', 'spam']);

    const genuine = { id: approved, from: 'pending' as const, to: 'approved' as const };
    expect(undo({ changes: [genuine, genuine], actorId })).toHaveLength(1);
    moderate({ ids: [approved], action: 'approve', actorId: owner });
    // The undo of the first approval does not apply to the owner's second one.
    expect(undo({ changes: [genuine], actorId })).toEqual([]);
    expect(statuses([approved])).toEqual(['approved']);
  });
});
