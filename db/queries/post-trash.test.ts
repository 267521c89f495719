import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { auditLog, comments, posts, revisions, users } = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');
const { changePosts, countTrashed, trashedPosts } = await import('./post-trash');
const { getPostBySlug, listPublishedPosts } = await import('./posts');
const { listAdminPosts } = await import('./admin-posts');
const { countByStatus, listQueue } = await import('./moderation');
const { listSitemapPosts } = await import('./site');

const NOW = Date.UTC(2026, 10, 20, 12);
let actorId = 0;
let post = { id: 0, slug: '' };
let held = 0;

beforeAll(async () => {
  await seedDemo(NOW);
  actorId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
  post = listPublishedPosts({ now: new Date(NOW) }).posts[0]!;
  getDb()
    .insert(comments)
    .values({
      postId: post.id,
      authorName: 'R',
      authorEmail: 'r@example.org',
      body: 'Held',
      language: 'en',
    })
    .run();
});

const now = new Date(NOW);
const publicSlugs = () => listPublishedPosts({ now, perPage: 100 }).posts.map((p) => p.slug);
const heldOnPost = () => listQueue({ status: 'pending', postId: post.id }).total;
const actions = (id: number) =>
  getDb()
    .select({ action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'post'), eq(auditLog.entityId, id)))
    .all();

describe('post trash', () => {
  it('trashing hides the post from every public query and its comments from the queue', () => {
    const pendingBefore = countByStatus().pending;
    held = heldOnPost();
    expect(held).toBeGreaterThan(0);
    expect(changePosts({ op: 'trash', ids: [post.id], actorId })).toHaveLength(1);
    expect(getPostBySlug({ slug: post.slug, now })).toBeNull();
    expect(publicSlugs()).not.toContain(post.slug);
    expect(listSitemapPosts(now).map((p) => p.slug)).not.toContain(post.slug);
    expect(heldOnPost()).toBe(0);
    expect(countByStatus().pending).toBe(pendingBefore - held);
    expect(listAdminPosts({ now }).posts.map((p) => p.id)).not.toContain(post.id);
    expect(listAdminPosts({ now, trash: true }).posts.map((p) => p.id)).toEqual([post.id]);
    expect(countTrashed()).toBe(1);
    expect(actions(post.id).at(-1)).toMatchObject({
      action: 'post.trash',
      details: { slug: post.slug },
    });
  });

  it('trashing again changes nothing; restoring brings the post and its comments back', () => {
    expect(changePosts({ op: 'trash', ids: [post.id], actorId })).toEqual([]);
    expect(changePosts({ op: 'restore', ids: [post.id], actorId })).toHaveLength(1);
    expect(getPostBySlug({ slug: post.slug, now })?.id).toBe(post.id);
    expect(heldOnPost()).toBe(held);
    expect(
      actions(post.id)
        .map((a) => a.action)
        .slice(-2),
    ).toEqual(['post.trash', 'post.restore']);
  });

  it('deletes for good only from the trash, with comments and revisions, and keeps the audit', () => {
    expect(changePosts({ op: 'delete', ids: [post.id], actorId })).toEqual([]);
    expect(getDb().select().from(posts).where(eq(posts.id, post.id)).get()).toBeDefined();
    changePosts({ op: 'trash', ids: [post.id], actorId });
    expect(trashedPosts([post.id, 999_999]).map((p) => p.id)).toEqual([post.id]);
    expect(changePosts({ op: 'delete', ids: [post.id], actorId })).toHaveLength(1);
    expect(getDb().select().from(posts).where(eq(posts.id, post.id)).get()).toBeUndefined();
    expect(getDb().select().from(comments).where(eq(comments.postId, post.id)).all()).toEqual([]);
    expect(getDb().select().from(revisions).where(eq(revisions.postId, post.id)).all()).toEqual([]);
    const last = actions(post.id).at(-1)!;
    expect(last.action).toBe('post.delete');
    expect(String(last.details?.title)).not.toBe('');
  });
});
