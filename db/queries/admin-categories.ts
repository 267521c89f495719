import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import type { Tx } from '@/db';
import { auditLog, categories, postCategories, posts, type PerLanguage } from '@/db/schema';

export class CategorySlugTakenError extends Error {}
/** The chosen parent is the category itself or one of its descendants (or is gone). */
export class CategoryParentError extends Error {}

/** Every category with how many posts (of any status) use it. */
export function listCategoriesForAdmin() {
  return getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      names: categories.names,
      parentId: categories.parentId,
      // Qualified by hand: in a one-table select drizzle leaves column names bare.
      postCount: sql<number>`(select count(*) from ${postCategories} where ${postCategories.categoryId} = "categories"."id")`,
    })
    .from(categories)
    .orderBy(asc(categories.id))
    .all();
}

function assertSlugFree(
  tx: Parameters<Parameters<typeof writeTx>[0]>[0],
  slug: string,
  id?: number,
) {
  const clash = tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.slug, slug), id ? ne(categories.id, id) : undefined))
    .get();
  if (clash) throw new CategorySlugTakenError(slug);
}

/** Walks up from `parentId`: reaching `id` (or a missing row) would make a cycle. */
function assertParentFits(tx: Tx, parentId: number | null, id?: number) {
  for (let at = parentId, steps = 0; at !== null; steps++) {
    if (at === id || steps > 1000) throw new CategoryParentError(String(parentId));
    const row = tx
      .select({ parentId: categories.parentId })
      .from(categories)
      .where(eq(categories.id, at))
      .get();
    if (!row) throw new CategoryParentError(String(parentId));
    at = row.parentId;
  }
}

/** Creates (no id) or edits a category; returns its id, or null if it no longer exists. */
export function saveCategory(
  input: { id?: number; slug: string; names: PerLanguage; parentId?: number | null },
  actorId: number,
): number | null {
  const parentId = input.parentId ?? null;
  return writeTx((tx) => {
    assertSlugFree(tx, input.slug, input.id);
    assertParentFits(tx, parentId, input.id);
    if (!input.id) {
      const row = tx
        .insert(categories)
        .values({ slug: input.slug, names: input.names, parentId })
        .returning({ id: categories.id })
        .get();
      tx.insert(auditLog)
        .values({ actorId, action: 'category.create', entity: 'category', entityId: row.id })
        .run();
      return row.id;
    }
    const changed = tx
      .update(categories)
      .set({ slug: input.slug, names: input.names, parentId })
      .where(eq(categories.id, input.id))
      .run().changes;
    if (!changed) return null;
    tx.insert(auditLog)
      .values({
        actorId,
        action: 'category.update',
        entity: 'category',
        entityId: input.id,
        details: { slug: input.slug },
      })
      .run();
    return input.id;
  });
}

/**
 * Deletes a category: its posts lose it (those left with none are uncategorised) and its children
 * move up to its parent.
 */
export function deleteCategory(id: number, actorId: number): boolean {
  return writeTx((tx) => {
    const gone = tx
      .select({ parentId: categories.parentId })
      .from(categories)
      .where(eq(categories.id, id))
      .get();
    if (gone)
      tx.update(categories)
        .set({ parentId: gone.parentId })
        .where(eq(categories.parentId, id))
        .run();
    const changed = tx.delete(categories).where(eq(categories.id, id)).run().changes;
    // Posts whose primary category this was take their next one as primary.
    tx.run(
      sql`update ${posts} set category_id = (select category_id from ${postCategories} where post_id = ${posts.id} order by position limit 1) where category_id is null`,
    );
    if (changed)
      tx.insert(auditLog)
        .values({ actorId, action: 'category.delete', entity: 'category', entityId: id })
        .run();
    return changed > 0;
  });
}

export function categoryExists(id: number): boolean {
  return !!getDb()
    .select({ id: categories.id })
    .from(categories)
    .where(eq(categories.id, id))
    .get();
}
