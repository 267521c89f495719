import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { listPublicationTimes, listRecentComments, listSitemapPosts } = await import('./site');

const NOW = new Date(Date.UTC(2026, 10, 20, 12));

beforeAll(async () => {
  await seedDemo(NOW.getTime());
});

describe('site queries', () => {
  it('recent comments: approved only, with the post title in the UI language, and no email', () => {
    const comments = listRecentComments({ locale: 'ja', now: NOW });
    expect(comments.map((c) => c.authorName).sort()).toEqual(['ZUKUNASHI', '港の読者']);
    expect(comments[0]).toMatchObject({
      postSlug: 'night-reading-room',
      postTitle: '港町の図書館、夜も開館へ',
    });
    expect(JSON.stringify(comments)).not.toMatch(/@/);
    expect(listRecentComments({ locale: 'en', now: NOW })[0]?.postTitle).toBe(
      'A harbour town opens its library at night',
    );
  });

  it('sitemap and archive data leave out drafts and scheduled posts', () => {
    expect(listSitemapPosts(NOW).map((p) => p.slug)).toEqual([
      'night-reading-room',
      'kamakura-old-bookshop',
      'umeboshi-first-batch',
      'rail-strike-talks',
    ]);
    expect(listPublicationTimes(NOW)).toHaveLength(4);
    const later = new Date(NOW.getTime() + 8 * 86_400_000);
    expect(listSitemapPosts(later).map((p) => p.slug)).toContain('scheduled-winter-market');
  });
});
