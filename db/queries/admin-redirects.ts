import 'server-only';
import { eq } from 'drizzle-orm';
import { writeTx } from '@/db';
import { posts, redirects } from '@/db/schema';

/** Another redirect already answers for this old address. */
export class RedirectTakenError extends Error {}
/** The slug names no post. */
export class RedirectPostMissingError extends Error {}

type Save = { id?: number; fromPath: string; to: string };

/** Creates or edits one redirect (`to`: a post's slug, or a local path); null when it is gone. */
export function saveRedirect({ id, fromPath, to }: Save): number | null {
  return writeTx((tx) => {
    let target: { postId: number | null; toPath: string | null } = { postId: null, toPath: to };
    if (!to.startsWith('/')) {
      const post = tx.select({ id: posts.id }).from(posts).where(eq(posts.slug, to)).get();
      if (!post) throw new RedirectPostMissingError();
      target = { postId: post.id, toPath: null };
    }
    const owner = tx
      .select({ id: redirects.id })
      .from(redirects)
      .where(eq(redirects.fromPath, fromPath))
      .get();
    if (owner && owner.id !== id) throw new RedirectTakenError();
    if (id === undefined) {
      return tx
        .insert(redirects)
        .values({ fromPath, ...target })
        .returning({ id: redirects.id })
        .get().id;
    }
    const row = tx
      .update(redirects)
      .set({ fromPath, ...target })
      .where(eq(redirects.id, id))
      .returning({ id: redirects.id })
      .get();
    return row?.id ?? null;
  });
}

export function deleteRedirect(id: number): boolean {
  return writeTx((tx) => tx.delete(redirects).where(eq(redirects.id, id)).run().changes > 0);
}
