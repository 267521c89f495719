import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, postTags, tags, type PerLanguage } from '@/db/schema';
import { isPublic } from './posts';

export class TagSlugTakenError extends Error {}

// Qualified by hand: in a one-table select drizzle leaves column names bare.
const postCount = sql<number>`(select count(*) from "post_tags" pt where pt."tag_id" = "tags"."id")`;
// A function: isPublic() takes the time now.
const publicCount = () =>
  sql<number>`(select count(*) from "post_tags" pt join "posts" on "posts"."id" = pt."post_id" where pt."tag_id" = "tags"."id" and ${isPublic()})`;

/** Every tag with how many posts (of any status) carry it, by slug. */
export function listTagsForAdmin() {
  return getDb()
    .select({ id: tags.id, slug: tags.slug, names: tags.names, postCount })
    .from(tags)
    .orderBy(asc(tags.slug))
    .all();
}

/** Tags that have public posts, with their public counts (sitemap, editor completion). */
export function listPublicTags() {
  return getDb()
    .select({ id: tags.id, slug: tags.slug, names: tags.names, postCount: publicCount() })
    .from(tags)
    .orderBy(asc(tags.slug))
    .all()
    .filter((t) => t.postCount > 0);
}

export function getTagBySlug({ slug }: { slug: string }) {
  return getDb().select().from(tags).where(eq(tags.slug, slug)).get() ?? null;
}

/** Renames a tag (slug and names); false when it no longer exists. */
export function renameTag(
  input: { id: number; slug: string; names: PerLanguage },
  actorId: number,
): boolean {
  return writeTx((tx) => {
    const clash = tx
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(tags.slug, input.slug), ne(tags.id, input.id)))
      .get();
    if (clash) throw new TagSlugTakenError(input.slug);
    const changed = tx
      .update(tags)
      .set({ slug: input.slug, names: input.names })
      .where(eq(tags.id, input.id))
      .run().changes;
    if (changed)
      tx.insert(auditLog)
        .values({ actorId, action: 'tag.update', entity: 'tag', entityId: input.id })
        .run();
    return changed > 0;
  });
}

/**
 * Merges tag `from` into tag `into`: its posts carry `into` instead (a post that had both keeps
 * one), then `from` is deleted. False when either is gone or they are the same tag.
 */
export function mergeTags({ from, into }: { from: number; into: number }, actorId: number) {
  if (from === into) return false;
  return writeTx((tx) => {
    const found = tx
      .select({ id: tags.id })
      .from(tags)
      .where(sql`${tags.id} in (${from}, ${into})`)
      .all();
    if (found.length !== 2) return false;
    tx.run(
      sql`insert or ignore into ${postTags} (post_id, tag_id, position) select post_id, ${into}, position from ${postTags} where tag_id = ${from}`,
    );
    tx.delete(tags).where(eq(tags.id, from)).run();
    tx.insert(auditLog)
      .values({ actorId, action: 'tag.merge', entity: 'tag', entityId: into, details: { from } })
      .run();
    return true;
  });
}

/** Deletes a tag; its posts simply lose it (the join rows cascade). */
export function deleteTag(id: number, actorId: number): boolean {
  return writeTx((tx) => {
    const changed = tx.delete(tags).where(eq(tags.id, id)).run().changes;
    if (changed)
      tx.insert(auditLog)
        .values({ actorId, action: 'tag.delete', entity: 'tag', entityId: id })
        .run();
    return changed > 0;
  });
}
