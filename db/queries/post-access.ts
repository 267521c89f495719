import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { posts, postTranslations } from '@/db/schema';
import type { PostVisibility } from '@/lib/model';
import { isLive } from './posts';

export type PostAccess = {
  id: number;
  slug: string;
  visibility: PostVisibility;
  passwordHash: string | null;
  /** Titles per language: the only thing a locked password post shows (as WordPress does). */
  titles: Record<string, string>;
};

/** Who may read a live post (published, due, not trashed), by slug; drafts read as missing. */
export function getPostAccess(slug: string, now = new Date()): PostAccess | null {
  const row = getDb()
    .select({
      id: posts.id,
      slug: posts.slug,
      visibility: posts.visibility,
      passwordHash: posts.passwordHash,
    })
    .from(posts)
    .where(and(eq(posts.slug, slug), isLive(now)))
    .get();
  if (!row) return null;
  const titles = getDb()
    .select({ language: postTranslations.language, title: postTranslations.title })
    .from(postTranslations)
    .where(eq(postTranslations.postId, row.id))
    .all();
  return { ...row, titles: Object.fromEntries(titles.map((t) => [t.language, t.title])) };
}

/** Sets who may read a post; a password post keeps the hash, any other visibility drops it. */
export function setPostVisibility(
  postId: number,
  visibility: PostVisibility,
  passwordHash: string | null,
) {
  if ((visibility === 'password') !== (passwordHash !== null)) {
    throw new Error('A password post needs a password hash, and only it.');
  }
  getDb().update(posts).set({ visibility, passwordHash }).where(eq(posts.id, postId)).run();
}

/** A post's visibility and password hash, whatever its status (the owner's editor). */
export function getPostVisibility(postId: number) {
  return (
    getDb()
      .select({ visibility: posts.visibility, passwordHash: posts.passwordHash })
      .from(posts)
      .where(eq(posts.id, postId))
      .get() ?? null
  );
}
