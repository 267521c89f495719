import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, categories, posts, type PerLanguage } from '@/db/schema';

export class CategorySlugTakenError extends Error {}

/** Every category with how many posts (of any status) use it. */
export function listCategoriesForAdmin() {
  return getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      names: categories.names,
      // Qualified by hand: in a one-table select drizzle leaves column names bare, and a bare "id"
      // inside the subquery would mean posts.id.
      postCount: sql<number>`(select count(*) from ${posts} where ${posts.categoryId} = "categories"."id")`,
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

/** Creates (no id) or renames a category; returns its id, or null if it no longer exists. */
export function saveCategory(
  input: { id?: number; slug: string; names: PerLanguage },
  actorId: number,
): number | null {
  return writeTx((tx) => {
    assertSlugFree(tx, input.slug, input.id);
    if (!input.id) {
      const row = tx
        .insert(categories)
        .values({ slug: input.slug, names: input.names })
        .returning({ id: categories.id })
        .get();
      tx.insert(auditLog)
        .values({ actorId, action: 'category.create', entity: 'category', entityId: row.id })
        .run();
      return row.id;
    }
    const changed = tx
      .update(categories)
      .set({ slug: input.slug, names: input.names })
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

/** Deletes a category; its posts become uncategorised (the foreign key sets them to null). */
export function deleteCategory(id: number, actorId: number): boolean {
  return writeTx((tx) => {
    const changed = tx.delete(categories).where(eq(categories.id, id)).run().changes;
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
