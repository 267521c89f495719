import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';
import { getPostBySlug, type PublishedPost } from '@/db/queries/posts';

// Cache entries are per server process: a restored or re-seeded database never serves stale data.
const BOOT = `${process.pid}-${Date.now()}`;

export const postTag = (slug: string) => `post:${slug}`;

/** The post's data for readers, cached until an edit or a moderation revalidates its tag. */
export async function getCachedPost(slug: string, now = new Date()): Promise<PublishedPost | null> {
  const load = unstable_cache(async () => getPostBySlug({ slug, publicOnly: false }), ['post', BOOT, slug], {
    tags: [postTag(slug), 'posts'],
    revalidate: 3600,
  });
  const post = await load();
  if (!post) return null;
  // The cache stores JSON: dates come back as strings.
  const publishedAt = post.publishedAt ? new Date(post.publishedAt) : null;
  // Scheduled posts become visible by themselves: visibility is decided now, not when cached.
  if (post.status !== 'published' || !publishedAt || publishedAt > now) return null;
  return { ...post, publishedAt };
}

/**
 * Expires a post's cached data at once (not stale-while-revalidate), so the next reader sees an
 * edit or a newly approved comment. Works in server actions and route handlers alike.
 */
export function expirePost(slug: string) {
  revalidateTag(postTag(slug), { expire: 0 });
}
