import { describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
process.env.PURGE_URLS = 'http://127.0.0.1:9/';
process.env.PURGE_SECRET = 'purge-secret-for-tests';
vi.mock('next/server', () => ({
  after: () => {
    throw new Error('outside a request');
  },
}));
// Sending is the sender's test; here only what gets queued.
vi.mock('./sender', () => ({ schedulePurgeDelivery: () => {}, deliverDuePurges: async () => 0 }));
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { posts } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { pendingPurges } = await import('@/db/queries/edge-purges');
const { scheduledPostWatch } = await import('./timer');

describe('a scheduled post going public', () => {
  it('purges the caches once its time has passed, not before', async () => {
    const start = Date.now();
    await seedDemo(start);
    const post = getDb().select().from(posts).where(eq(posts.status, 'published')).get()!;
    getDb()
      .update(posts)
      .set({ publishedAt: new Date(start + 60_000) })
      .where(eq(posts.id, post.id))
      .run();
    let now = start + 1_000;
    const tick = scheduledPostWatch(() => new Date(now));
    now += 2_000;
    tick();
    expect(pendingPurges()).toEqual([]);
    now = start + 61_000;
    tick();
    expect(pendingPurges().map((r) => r.keys)).toEqual(['all']);
    now += 2_000;
    tick();
    expect(pendingPurges()[0]!.generation).toBe(0);
  });
});
