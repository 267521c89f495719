import 'server-only';
import { and, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, posts, postTranslations } from '@/db/schema';
import { detachPostComments } from './comment-tree';

type Tx = Parameters<Parameters<typeof writeTx>[0]>[0];
export type TrashOp = 'trash' | 'restore' | 'delete';
export type TrashedPost = { id: number; slug: string; title: string };

/** The post's original-language title (else any), so the audit entry stays readable after a delete. */
function describe(tx: Pick<Tx, 'select'>, ids: number[]): TrashedPost[] {
  const rows = tx
    .select({
      id: posts.id,
      slug: posts.slug,
      title: sql<string | null>`coalesce(
        (select ${postTranslations.title} from ${postTranslations} where ${postTranslations.postId} = ${posts.id} and ${postTranslations.language} = ${posts.originalLanguage}),
        (select min(${postTranslations.title}) from ${postTranslations} where ${postTranslations.postId} = ${posts.id}))`,
    })
    .from(posts)
    .where(inArray(posts.id, ids))
    .all();
  return rows.map((r) => ({ ...r, title: r.title ?? '' }));
}

// Each operation applies only to posts in the state it starts from: trashing a trashed post, or
// deleting one that is not in the trash, does nothing (a stale tab or a forged id changes nothing).
const FROM = {
  trash: isNull(posts.deletedAt),
  restore: isNotNull(posts.deletedAt),
  delete: isNotNull(posts.deletedAt),
} as const;

function apply(tx: Tx, op: TrashOp, ids: number[], now: Date) {
  if (op === 'delete') {
    detachPostComments(tx, ids);
    tx.delete(posts).where(inArray(posts.id, ids)).run();
  } else
    tx.update(posts)
      .set({ deletedAt: op === 'trash' ? now : null })
      .where(inArray(posts.id, ids))
      .run();
}

/**
 * Moves posts to the trash, back out of it, or (from the trash only) deletes them for good — their
 * blocks, comments and revisions go by the foreign keys' cascade. One audit entry per post.
 */
export function changePosts({
  op,
  ids,
  actorId,
  now = new Date(),
}: {
  op: TrashOp;
  ids: number[];
  actorId: number;
  now?: Date;
}): TrashedPost[] {
  if (!ids.length) return [];
  return writeTx((tx) => {
    const matching = tx
      .select({ id: posts.id })
      .from(posts)
      .where(and(inArray(posts.id, ids), FROM[op]))
      .all()
      .map((r) => r.id);
    if (!matching.length) return [];
    const changed = describe(tx, matching);
    apply(tx, op, matching, now);
    for (const post of changed)
      tx.insert(auditLog)
        .values({
          actorId,
          action: `post.${op}`,
          entity: 'post',
          entityId: post.id,
          details: { slug: post.slug, title: post.title },
          createdAt: now,
        })
        .run();
    return changed;
  });
}

/** The posts in the trash among these ids, for the delete confirmation. */
export function trashedPosts(ids: number[]): TrashedPost[] {
  if (!ids.length) return [];
  const inTrash = getDb()
    .select({ id: posts.id })
    .from(posts)
    .where(and(inArray(posts.id, ids), isNotNull(posts.deletedAt)))
    .all()
    .map((r) => r.id);
  return inTrash.length ? describe(getDb(), inTrash) : [];
}

export function countTrashed(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(posts)
      .where(isNotNull(posts.deletedAt))
      .get()?.n ?? 0
  );
}
