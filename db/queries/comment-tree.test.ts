import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { draftPost, para } from '@/db/test-posts';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb, writeTx } = await import('@/db');
const { comments, users } = await import('@/db/schema');
const { savePost } = await import('./post-editor');
const { changePosts } = await import('./post-trash');
const { deleteComments, moderateComments } = await import('./moderation-changes');

let ownerId = 0;
beforeAll(async () => {
  await seedDemo(Date.UTC(2026, 10, 20, 12));
  ownerId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

// Far past SQLite's 1,000 levels of trigger (cascade) recursion.
const DEPTH = 3000;

/** A post with one reply chain DEPTH deep (one INSERT); returns the post's id and the chain's ids. */
function postWithChain(slug: string) {
  const postId = savePost(draftPost(slug, [para('A paragraph.')]), { actorId: ownerId });
  const base = getDb().get<{ m: number }>(sql`select coalesce(max(id), 0) as m from comments`).m;
  getDb().run(sql`
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${DEPTH})
    insert into comments (id, post_id, parent_id, author_name, author_email, body, language, status)
    select ${base} + i, ${postId}, case when i = 1 then null else ${base} + i - 1 end,
      'Reader', 'reader@example.org', 'Reply ' || i, 'en', 'approved' from n`);
  return { postId, ids: Array.from({ length: DEPTH }, (_, i) => base + i + 1) };
}

const countOn = (postId: number) =>
  getDb().get<{ n: number }>(sql`select count(*) as n from comments where post_id = ${postId}`).n;

describe('deleting deep reply chains', () => {
  it('deletes a comment with every reply below it, however deep', () => {
    const { postId, ids } = postWithChain('chain-comment');
    writeTx((tx) => moderateComments(tx, { ids: [ids[1]!], action: 'trash', actorId: ownerId }));
    const [change] = deleteComments({ ids: [ids[1]!], actorId: ownerId });
    expect(change).toMatchObject({ id: ids[1], to: null });
    expect(countOn(postId)).toBe(1);
    expect(getDb().select().from(comments).where(eq(comments.id, ids[0]!)).get()).toBeDefined();
  });

  it('deletes a post with its whole thread for good', () => {
    const { postId } = postWithChain('chain-post');
    changePosts({ op: 'trash', ids: [postId], actorId: ownerId });
    expect(changePosts({ op: 'delete', ids: [postId], actorId: ownerId })).toHaveLength(1);
    expect(countOn(postId)).toBe(0);
  });
});
