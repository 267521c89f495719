import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { posts, redirects } from '@/db/schema';
import { isLive } from './posts';

/** Old addresses of an imported post (normalised keys); one already taken keeps its target. */
export function addPostRedirects(tx: Tx, postId: number, paths: string[]) {
  for (const fromPath of paths) {
    tx.insert(redirects).values({ fromPath, postId }).onConflictDoNothing().run();
  }
}

/**
 * Where an old address leads now: the post's current path (whoever may read it: its page checks
 * the reader), or a path on this site. Drafts, scheduled and trashed posts lead nowhere yet.
 */
export function findRedirect(
  fromPath: string,
  now = new Date(),
): { post: string } | { path: string } | null {
  const row = getDb()
    .select({
      toPath: redirects.toPath,
      slug: sql<
        string | null
      >`(select ${posts.slug} from ${posts} where ${posts.id} = ${redirects.postId} and ${isLive(now)})`,
    })
    .from(redirects)
    .where(eq(redirects.fromPath, fromPath))
    .get();
  if (!row) return null;
  if (row.toPath) return { path: row.toPath };
  return row.slug ? { post: row.slug } : null;
}

export type RedirectRow = {
  id: number;
  fromPath: string;
  postId: number | null;
  postSlug: string | null;
  toPath: string | null;
};

/** Every redirect, by old path, for the owner's screen. */
export function listRedirects(): RedirectRow[] {
  return getDb()
    .select({
      id: redirects.id,
      fromPath: redirects.fromPath,
      postId: redirects.postId,
      postSlug: posts.slug,
      toPath: redirects.toPath,
    })
    .from(redirects)
    .leftJoin(posts, eq(posts.id, redirects.postId))
    .orderBy(asc(redirects.fromPath))
    .all();
}
