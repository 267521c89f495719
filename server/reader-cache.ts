import 'server-only';
import { revalidatePath, unstable_cache } from 'next/cache';
import { getPostBySlug, nextScheduledAt, type PublishedPost } from '@/db/queries/posts';
import { UNTIL_TAG_PREFIX } from '@/serving/until-tag.mjs';

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
 * Works in server actions and route handlers alike.
 */
export function expirePublicPages() {
  // At once, in this request (the page cache handler registers it when Next loads it) …
  (globalThis as Record<symbol, (() => void) | undefined>)[
    Symbol.for('taiyaku.expirePublicPages')
  ]?.();
  // … and through Next, which also tells browsers' router caches to drop what they hold.
  revalidatePath('/', 'layout');
}

/**
 * Marks the page being rendered as out of date once the next scheduled post goes public, so it
 * shows up on time with no cron: the page cache treats the page as missing from then on
 * (serving/page-cache-handler.mjs). Called by the site layout, so every public page has it.
 */
export async function expireAtNextScheduledPost(now = new Date()) {
  const at = nextScheduledAt(now);
  if (!at) return;
  const tag = `${UNTIL_TAG_PREFIX}${at.getTime()}`;
  // unstable_cache is the way a page render takes on a tag outside 'use cache'.
  await unstable_cache(async () => at.getTime(), [tag], { tags: [tag] })();
}
