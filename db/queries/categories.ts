import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, categories, posts, type PerLanguage } from '@/db/schema';
import { isPublic } from './posts';

export function listCategories() {
  return getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      names: categories.names,
      // Qualified by hand: drizzle leaves column names bare in a one-table select.
      postCount: sql<number>`(select count(*) from ${posts} where ${posts.categoryId} = "categories"."id" and ${isPublic()})`,
    })
    .from(categories)
    .orderBy(asc(categories.id))
    .all();
}

export function getCategoryBySlug({ slug }: { slug: string }) {
  return getDb().select().from(categories).where(eq(categories.slug, slug)).get() ?? null;
}

export function createCategory(
  input: { slug: string; names: PerLanguage },
  actorId: number | null = null,
) {
  return writeTx((tx) => {
    const row = tx.insert(categories).values(input).returning().get();
    tx.insert(auditLog)
      .values({ actorId, action: 'category.create', entity: 'category', entityId: row.id })
      .run();
    return row;
  });
}
