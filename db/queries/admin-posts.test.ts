import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { users } = await import('@/db/schema');
const { adminStatus, getAdminPost, listAdminPosts } = await import('./admin-posts');
const { savePost, SlugTakenError } = await import('./post-editor');
const { listRevisions, restoreRevision } = await import('./revisions');

const NOW = Date.UTC(2026, 10, 20, 12);
let ownerId = 0;

beforeAll(async () => {
  await seedDemo(NOW);
  ownerId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

const input = (slug: string, title: string) => ({
  slug,
  status: 'draft' as const,
  publishedAt: null,
  originalLanguage: 'en',
  categoryId: null,
  commentsOpen: true,
  translations: { en: { title, excerpt: null }, ja: { title: '題 100%_', excerpt: null } },
  blocks: [
    { kind: 'paragraph' as const, texts: { en: 'One', ja: '一' } },
    { kind: 'paragraph' as const, texts: { en: 'Two', ja: null } },
  ],
});

describe('admin post list', () => {
  it('filters by status as the owner sees it (scheduled = published in the future)', () => {
    const now = new Date(NOW);
    const slugs = (status: 'draft' | 'scheduled' | 'published') =>
      listAdminPosts({ status, now }).posts.map((p) => p.slug);
    expect(slugs('draft')).toEqual(['draft-autumn-notes']);
    expect(slugs('scheduled')).toEqual(['scheduled-winter-market']);
    expect(slugs('published')).toHaveLength(4);
    expect(adminStatus({ status: 'published', publishedAt: new Date(NOW + 1) }, now)).toBe(
      'scheduled',
    );
  });

  it('shows coverage per language and pending comments', () => {
    const row = listAdminPosts({ q: 'harbour', now: new Date(NOW) }).posts[0]!;
    expect(row).toMatchObject({
      slug: 'night-reading-room',
      blockCount: 9,
      pendingComments: 1,
      translated: { en: 9, ja: 4 },
    });
    expect(row.titles.en).toMatch(/harbour/);
  });

  it('searches titles literally and filters by category', () => {
    savePost(input('literal-search', 'Plain'), { actorId: ownerId });
    expect(listAdminPosts({ q: '100%_' }).posts.map((p) => p.slug)).toEqual(['literal-search']);
    expect(listAdminPosts({ q: '%' }).posts.map((p) => p.slug)).toEqual(['literal-search']);
    expect(listAdminPosts({ categoryId: 'none' }).posts.map((p) => p.slug)).toContain(
      'literal-search',
    );
    expect(listAdminPosts({ categoryId: 1 }).posts.map((p) => p.slug)).not.toContain(
      'literal-search',
    );
  });
});

describe('saving and revisions', () => {
  it('refuses a slug another post uses', () => {
    expect(() => savePost(input('night-reading-room', 'Clash'), { actorId: ownerId })).toThrow(
      SlugTakenError,
    );
  });

  it('keeps a revision per save and restores one exactly', () => {
    const id = savePost(input('revised', 'First'), { actorId: ownerId });
    savePost(
      {
        ...input('revised-2', 'Second'),
        blocks: [{ kind: 'quote', texts: { en: 'Only', ja: null } }],
      },
      { actorId: ownerId, postId: id },
    );
    const revisions = listRevisions({ postId: id });
    expect(revisions.map((r) => r.post?.translations.en?.title)).toEqual(['Second', 'First']);
    restoreRevision({ id: revisions[1]!.id, postId: id }, ownerId);
    const post = getAdminPost({ id })!;
    expect(post.slug).toBe('revised');
    expect(post.translations.en?.title).toBe('First');
    expect(post.blocks.map((b) => b.texts)).toEqual([{ en: 'One', ja: '一' }, { en: 'Two' }]);
    expect(listRevisions({ postId: id })).toHaveLength(3);
  });

  it('does not restore a revision of another post', () => {
    const other = listRevisions({ postId: 1 })[0]!;
    expect(restoreRevision({ id: other.id, postId: 2 }, ownerId)).toBeNull();
  });
});
