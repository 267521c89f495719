import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb, writeTx } = await import('@/db');
const { comments, users } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { listAudit, listAuditActions, listAuditActors } = await import('./audit');
const { moderateComments } = await import('./moderation-changes');
const { saveSettings } = await import('./settings');
const { changePosts } = await import('./post-trash');
const { auditRange } = await import('@/lib/validations/audit');

const NOW = Date.UTC(2026, 10, 20, 12);
let owner = 0;
let moderator = 0;
let comment = { id: 0, postId: 0 };

beforeAll(async () => {
  await seedDemo(NOW);
  const all = getDb().select().from(users).all();
  owner = all.find((u) => u.role === 'owner')!.id;
  moderator = all.find((u) => u.role === 'moderator')!.id;
  comment = getDb().select().from(comments).where(eq(comments.status, 'pending')).get()!;
  writeTx((tx) =>
    moderateComments(tx, { ids: [comment.id], action: 'approve', actorId: moderator }),
  );
  saveSettings({ linkLimit: 3 }, owner);
});

describe('audit log', () => {
  it('lists newest first with the actor and a link target for a comment that exists', () => {
    const { rows } = listAudit({});
    expect(rows[0]).toMatchObject({ action: 'settings.update', actorId: owner });
    const approve = rows.find((r) => r.action === 'comment.approve')!;
    expect(approve).toMatchObject({
      commentId: comment.id,
      commentPostId: comment.postId,
      commentStatus: 'approved',
    });
    expect(approve.actorName).toBeTruthy();
  });

  it("a moderator's view (own id, comment actions) holds only their moderation", () => {
    const { rows, total } = listAudit({ actorId: moderator, actionPrefix: 'comment.' });
    expect(total).toBeGreaterThan(0);
    expect(rows.every((r) => r.actorId === moderator && r.action.startsWith('comment.'))).toBe(
      true,
    );
    expect(listAudit({ actorId: moderator, action: 'settings.update' }).total).toBe(0);
  });

  it('filters by action and by a date range, and pages', () => {
    expect(listAudit({ action: 'comment.approve' }).rows.map((r) => r.entityId)).toEqual([
      comment.id,
    ]);
    const future = auditRange({ from: '2999-01-01' }, 'Asia/Tokyo');
    expect(listAudit(future).total).toBe(0);
    const all = listAudit({}).total;
    expect(listAudit({ perPage: 1, page: 2 }).rows).toHaveLength(all > 1 ? 1 : 0);
    expect(listAuditActions()).toContain('comment.approve');
    expect(listAuditActors().map((a) => a.id)).toEqual(expect.arrayContaining([owner, moderator]));
  });

  it('a permanently deleted post has no link target but keeps its slug in the details', () => {
    changePosts({ op: 'trash', ids: [comment.postId], actorId: owner });
    changePosts({ op: 'delete', ids: [comment.postId], actorId: owner });
    const [deleted] = listAudit({ action: 'post.delete' }).rows;
    expect(deleted).toMatchObject({ entityId: comment.postId, postId: null });
    expect(typeof deleted?.details?.slug).toBe('string');
    const approve = listAudit({ action: 'comment.approve' }).rows[0]!;
    expect(approve.commentId).toBeNull();
  });
});

describe('audit date range', () => {
  it('is whole days in the blog time zone, the end day included', () => {
    const r = auditRange({ from: '2026-11-20', to: '2026-11-20' }, 'Asia/Tokyo');
    expect(r.since?.toISOString()).toBe('2026-11-19T15:00:00.000Z');
    expect(r.until?.toISOString()).toBe('2026-11-20T15:00:00.000Z');
    expect(auditRange({ to: '2026-02-31' }, 'UTC').until).toBeUndefined();
  });
});
