import 'server-only';
import { revalidatePath } from 'next/cache';
import { getPostBySlug, nextScheduledAt, type PublishedPost } from '@/db/queries/posts';
import { purgeEdgeCaches } from '@/server/edge-purge/queue';
import { ALL } from '@/serving/edge.mjs';

/** What the page cache (serving/page-cache-handler.mjs) lets the app do, once Next has loaded it. */
type PageCache = { expireAll(): void; expireAt(at: number): void };
const pageCache = () =>
  (globalThis as Record<symbol, PageCache | undefined>)[Symbol.for('taiyaku.pageCache')];

/**
 * A published post for readers (drafts and scheduled posts read as missing). Read straight from
 * the database: public pages themselves are cached (serving/page-cache-handler.mjs), so this
 * runs once per page render, not once per view.
 */
export function getPublicPost(slug: string): PublishedPost | null {
  return getPostBySlug({ slug, publicOnly: true });
}

/**
 * Expires every cached public page, feed and sitemap at once, so the very next reader sees the
 * change. Every public page shows the latest posts, categories or comments in its sidebar, so
 * anything public that changes touches them all; such writes are rare next to reads.
 * HTTP caches in front (PURGE_URLS) are owed a purge of the key every public answer carries
 * (serving/edge.mjs): the same "everything public", for the same reason.
 * Works in server actions and route handlers alike.
 */
export function expirePublicPages() {
  purgeEdgeCaches([ALL]);
  // At once, in this request …
  pageCache()?.expireAll();
  // … and through Next, which also tells browsers' router caches to drop what they hold.
  revalidatePath('/', 'layout');
}

/**
 * Tells the page cache that the page being rendered is out of date once the next scheduled post
 * goes public, so it shows up on time with no cron. Called by the site layout, so every public
 * page render says it.
 */
export function expireAtNextScheduledPost(now = new Date()) {
  const at = nextScheduledAt(now);
  if (at) pageCache()?.expireAt(at.getTime());
}
