import 'server-only';
import { revalidatePath } from 'next/cache';
import { getPostBySlug, type PublishedPost } from '@/db/queries/posts';

/**
 * A published post for readers (drafts and scheduled posts read as missing). Read straight from
 * the database: public pages themselves are cached (lib/cache/page-cache-handler.mjs), so this
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
  revalidatePath('/', 'layout');
}
