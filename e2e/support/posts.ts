import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import {
  blocks,
  blockTexts,
  categories,
  postCategories,
  posts,
  postTranslations,
  settings,
  users,
  type BlockKind,
} from '@/db/schema';

export type TestPost = {
  slug: string;
  status?: 'draft' | 'published';
  publishedAt?: Date | null;
  originalLanguage?: string;
  categoryId?: number | null;
  titles: Record<string, string>;
  blocks?: Array<{ kind?: BlockKind; texts: Record<string, string> }>;
};

/** A name no other test (or earlier run) uses, so parallel tests never see each other's rows. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

// Published test posts default to an old date, so they never push the demo posts off the top of
// the home page that other tests read.
const LONG_AGO = new Date(Date.UTC(2002, 0, 1));

/** Inserts a post with known dates straight into the server's database (search triggers included). */
export function insertPost(db: Db, input: TestPost): number {
  return db.transaction(
    (tx) => {
      const owner = tx.select({ id: users.id }).from(users).where(eq(users.role, 'owner')).get();
      if (!owner) throw new Error('the demo blog is not seeded');
      const status = input.status ?? 'published';
      const { id } = tx
        .insert(posts)
        .values({
          slug: input.slug,
          status,
          publishedAt:
            input.publishedAt === undefined
              ? status === 'published'
                ? LONG_AGO
                : null
              : input.publishedAt,
          originalLanguage: input.originalLanguage ?? 'en',
          categoryId: input.categoryId ?? null,
          authorId: owner.id,
          updatedAt: new Date(),
        })
        .returning({ id: posts.id })
        .get();
      if (input.categoryId)
        tx.insert(postCategories).values({ postId: id, categoryId: input.categoryId }).run();
      for (const [language, title] of Object.entries(input.titles))
        tx.insert(postTranslations).values({ postId: id, language, title }).run();
      (input.blocks ?? []).forEach((block, position) => {
        const row = tx
          .insert(blocks)
          .values({ postId: id, position, kind: block.kind ?? 'paragraph' })
          .returning({ id: blocks.id })
          .get();
        for (const [language, text] of Object.entries(block.texts))
          tx.insert(blockTexts).values({ blockId: row.id, language, text }).run();
      });
      return id;
    },
    { behavior: 'immediate' },
  );
}

export function insertCategory(db: Db, slug: string, names: Record<string, string>): number {
  return db.insert(categories).values({ slug, names }).returning({ id: categories.id }).get().id;
}

/** The blog settings the pages use right now (posts per page, time zone). */
export function currentSettings(db: Db) {
  const row = db
    .select({ postsPerPage: settings.postsPerPage, timeZone: settings.timeZone })
    .from(settings)
    .get();
  return row ?? { postsPerPage: 10, timeZone: 'UTC' };
}
