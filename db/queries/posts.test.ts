import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getPostBySlug, listPublishedPosts } = await import('./posts');

const NOW = Date.UTC(2026, 10, 20, 12);

beforeAll(async () => {
  expect(await seedDemo(NOW)).toBe(true);
});

describe('post queries', () => {
  it('seeding twice does nothing the second time', async () => {
    expect(await seedDemo(NOW)).toBe(false);
  });

  it('lists published posts newest first, without drafts or scheduled posts', () => {
    const { posts, total } = listPublishedPosts({ now: new Date(NOW) });
    expect(posts.map((p) => p.slug)).toEqual([
      'night-reading-room',
      'kamakura-old-bookshop',
      'umeboshi-first-batch',
      'rail-strike-talks',
    ]);
    expect(total).toBe(4);
    expect(posts[0]).toMatchObject({
      authorName: 'ZUKUNASHI',
      commentCount: 2,
      blockCount: 9,
      translatedBlocks: { en: 9, ja: 4 },
    });
  });

  it('paginates', () => {
    const page2 = listPublishedPosts({ page: 2, perPage: 3, now: new Date(NOW) });
    expect(page2.posts.map((p) => p.slug)).toEqual(['rail-strike-talks']);
    expect(page2.total).toBe(4);
  });

  it('a scheduled post appears by itself once its time has come', () => {
    expect(getPostBySlug({ slug: 'scheduled-winter-market', now: new Date(NOW) })).toBeNull();
    const later = new Date(NOW + 8 * 86_400_000);
    expect(getPostBySlug({ slug: 'scheduled-winter-market', now: later })?.slug).toBe(
      'scheduled-winter-market',
    );
  });

  it('hides drafts from the public but not from the owner preview', () => {
    expect(getPostBySlug({ slug: 'draft-autumn-notes', now: new Date(NOW) })).toBeNull();
    expect(getPostBySlug({ slug: 'draft-autumn-notes', publicOnly: false })?.status).toBe('draft');
  });

  it('returns blocks in order with missing translations absent, original language first', () => {
    const post = getPostBySlug({ slug: 'night-reading-room', now: new Date(NOW) })!;
    expect(post.languages).toEqual(['en', 'ja']);
    expect(post.blocks).toHaveLength(9);
    expect(post.blocks[1]!.texts).toEqual({
      en: 'Shift workers asked for a quiet place to read after 10 p.m.',
    });
    expect(post.blocks.map((b) => b.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
