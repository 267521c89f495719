import 'server-only';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { categories, postCategories, posts, postTags, tags } from '@/db/schema';
import { slugify } from '@/lib/slug';

type Table = typeof categories | typeof tags;

/** A category or tag whose slug, or name in any language, is `name` (NFC, trimmed). */
function findByName(tx: Tx, table: Table, name: string): number | null {
  const wanted = name.normalize('NFC').trim();
  const row = tx
    .select({ id: table.id })
    .from(table)
    .where(
      sql`${table.slug} = ${wanted} or exists (select 1 from json_each(${table.names}) where value = ${wanted})`,
    )
    .get();
  return row?.id ?? null;
}

/** A free slug from a name (kana romanized); kanji-only names fall back to `fallback`, numbered. */
function freeSlug(tx: Tx, table: Table, name: string, fallback: string): string {
  const base = slugify(name) || fallback;
  const taken = (s: string) =>
    !!tx.select({ id: table.id }).from(table).where(eq(table.slug, s)).get();
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Finds each name (by slug or any language's name) or creates it named in `language`; ids in order, no repeats. */
function findOrCreate(tx: Tx, table: Table, names: string[], language: string, fallback: string) {
  const ids: number[] = [];
  for (const raw of names) {
    const name = raw.normalize('NFC').trim();
    if (!name) continue;
    const id =
      findByName(tx, table, name) ??
      tx
        .insert(table)
        .values({ slug: freeSlug(tx, table, name, fallback), names: { [language]: name } })
        .returning({ id: table.id })
        .get().id;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Replaces a post's categories; the first becomes its primary one (posts.category_id). */
export function setPostCategories(tx: Tx, postId: number, categoryIds: number[]) {
  const ids = [...new Set(categoryIds)];
  tx.delete(postCategories).where(eq(postCategories.postId, postId)).run();
  ids.forEach((categoryId, position) =>
    tx.insert(postCategories).values({ postId, categoryId, position }).run(),
  );
  tx.update(posts)
    .set({ categoryId: ids[0] ?? null })
    .where(eq(posts.id, postId))
    .run();
}

/** Replaces a post's tags by name: existing tags are reused, new ones created in `language`. */
export function setPostTags(tx: Tx, postId: number, names: string[], language: string) {
  const ids = findOrCreate(tx, tags, names, language, 'tag');
  tx.delete(postTags).where(eq(postTags.postId, postId)).run();
  ids.forEach((tagId, position) => tx.insert(postTags).values({ postId, tagId, position }).run());
}

/**
 * For importers: a post's categories and tags by name (slug or any language's name), found or
 * created (named in `language`), inside the caller's transaction.
 */
export function setPostTaxonomy(
  tx: Tx,
  postId: number,
  { categories: names, tags: tagNames }: { categories: string[]; tags: string[] },
  language: string,
) {
  setPostCategories(tx, postId, findOrCreate(tx, categories, names, language, 'category'));
  setPostTags(tx, postId, tagNames, language);
}

/** A post's categories and tags in the owner's order, for the reader and the editor. */
export function getPostTaxonomy(postId: number) {
  const db = getDb();
  const cats = db
    .select({ id: categories.id, slug: categories.slug, names: categories.names })
    .from(postCategories)
    .innerJoin(categories, eq(categories.id, postCategories.categoryId))
    .where(eq(postCategories.postId, postId))
    .orderBy(asc(postCategories.position))
    .all();
  const tagRows = db
    .select({ id: tags.id, slug: tags.slug, names: tags.names })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, postId))
    .orderBy(asc(postTags.position))
    .all();
  return { categories: cats, tags: tagRows };
}

/** Ids of posts in any of these categories: a subquery for listings. */
export function postsInCategories(ids: number[]) {
  return inArray(
    posts.id,
    getDb()
      .select({ id: postCategories.postId })
      .from(postCategories)
      .where(inArray(postCategories.categoryId, ids)),
  );
}

/** Ids of posts carrying a tag: a subquery for listings. */
export function postsWithTag(tagId: number) {
  return inArray(
    posts.id,
    getDb().select({ id: postTags.postId }).from(postTags).where(eq(postTags.tagId, tagId)),
  );
}
