import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { draftPost, para } from '@/db/test-posts';
import { BLOCKS_MAX } from '@/lib/model';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { users } = await import('@/db/schema');
const { getAdminPost } = await import('./admin-posts');
const { savePost } = await import('./post-editor');
const { getPostBySlug } = await import('./posts');
const { getRevision, listRevisions } = await import('./revisions');
const { changePosts } = await import('./post-trash');

let ownerId = 0;
beforeAll(async () => {
  await seedDemo(Date.UTC(2026, 10, 20, 12));
  ownerId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

// The editor's limit is also what an import may create: every read of a post must work there.
describe(`a bilingual post at the block limit (${BLOCKS_MAX})`, () => {
  it(
    'saves, reads (page, editor, revisions), saves again and is deleted',
    { timeout: 120_000 },
    () => {
      const many = Array.from({ length: BLOCKS_MAX }, (_, i) => para(`Line ${i}.`, `行 ${i}。`));
      const id = savePost(
        { ...draftPost('at-the-limit', many), status: 'published', publishedAt: new Date(0) },
        { actorId: ownerId },
      );
      expect(getPostBySlug({ slug: 'at-the-limit' })!.blocks).toHaveLength(BLOCKS_MAX);
      const editor = getAdminPost({ id })!;
      expect(editor.blocks).toHaveLength(BLOCKS_MAX);
      const edited = editor.blocks.map((b) =>
        para(`${b.texts.en} again`, b.texts.ja ?? null, b.id),
      );
      savePost({ ...draftPost('at-the-limit', edited) }, { actorId: ownerId, postId: id });
      const revisions = listRevisions({ postId: id });
      expect(revisions.length).toBeGreaterThanOrEqual(2);
      expect(getRevision({ id: revisions[0]!.id, postId: id })!.post!.blocks).toHaveLength(
        BLOCKS_MAX,
      );
      changePosts({ op: 'trash', ids: [id], actorId: ownerId });
      expect(changePosts({ op: 'delete', ids: [id], actorId: ownerId })).toHaveLength(1);
      expect(getAdminPost({ id })).toBeNull();
    },
  );
});
