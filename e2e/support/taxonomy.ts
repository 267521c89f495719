import { eq } from 'drizzle-orm';
import type { Page } from '@playwright/test';
import type { Db } from '@/db/connection';
import { categories, postCategories, postTags, tags } from '@/db/schema';

/** A tag straight into the server's database. */
export function insertTag(db: Db, slug: string, names: Record<string, string>): number {
  return db.insert(tags).values({ slug, names }).returning({ id: tags.id }).get().id;
}

export function tagPost(db: Db, postId: number, tagId: number) {
  db.insert(postTags).values({ postId, tagId }).run();
}

export function setParent(db: Db, id: number, parentId: number) {
  db.update(categories).set({ parentId }).where(eq(categories.id, id)).run();
}

/** Slugs of a post's tags and ids of its categories, as stored. */
export function storedTaxonomy(db: Db, postId: number) {
  return {
    tags: db
      .select({ slug: tags.slug })
      .from(postTags)
      .innerJoin(tags, eq(tags.id, postTags.tagId))
      .where(eq(postTags.postId, postId))
      .orderBy(postTags.position)
      .all()
      .map((r) => r.slug),
    categories: db
      .select({ id: postCategories.categoryId })
      .from(postCategories)
      .where(eq(postCategories.postId, postId))
      .orderBy(postCategories.position)
      .all()
      .map((r) => r.id),
  };
}

export function tagBySlug(db: Db, slug: string) {
  return db.select().from(tags).where(eq(tags.slug, slug)).get() ?? null;
}

/** The tags screen (English UI): one group per tag, named by its slug. */
export class TagsScreen {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/en/admin/tags');
  }

  tag(slug: string) {
    return this.page.getByRole('group', { name: slug, exact: true });
  }

  /** Accepts the next confirm() the page asks. */
  acceptNextDialog() {
    this.page.once('dialog', (d) => void d.accept());
  }
}
