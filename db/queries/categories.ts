import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, categories, type PerLanguage } from '@/db/schema';
import { isPublic } from './posts';

export function listCategories() {
  return getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      names: categories.names,
      parentId: categories.parentId,
      // Qualified by hand: drizzle leaves column names bare in a one-table select.
      postCount: sql<number>`(select count(*) from "post_categories" pc join "posts" on "posts"."id" = pc."post_id" where pc."category_id" = "categories"."id" and ${isPublic()})`,
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

/** The category and every category below it, as WordPress lists a parent's posts. */
export function categoryAndDescendants(id: number): number[] {
  return getDb()
    .all<{ id: number }>(
      sql`with recursive tree(id) as (select ${id} union select c.id from ${categories} c join tree on c.parent_id = tree.id) select id from tree`,
    )
    .map((r) => r.id);
}

/** The category's ancestors, outermost first (breadcrumbs). */
export function categoryAncestors(id: number) {
  const all = new Map(listCategories().map((c) => [c.id, c]));
  const chain = [];
  const seen = new Set<number>([id]);
  for (let at = all.get(id)?.parentId; at && !seen.has(at); at = all.get(at)?.parentId) {
    seen.add(at);
    const c = all.get(at);
    if (c) chain.unshift(c);
  }
  return chain;
}
