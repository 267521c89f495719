import 'server-only';
import { and, desc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { countWhere, pageOffset } from './paging';
import { blocks, blockTexts, categories, comments, posts, postTranslations } from '@/db/schema';
import { postsInCategories } from './taxonomy';
import { getPostBySlug, isLive } from './posts';
import { staleCountSql } from './translation-status';

export const ADMIN_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type AdminStatus = (typeof ADMIN_STATUSES)[number];
export type AdminPostFilter = {
  status?: AdminStatus;
  categoryId?: number | 'none';
  q?: string;
  /** The trash view: only trashed posts (otherwise trashed posts are left out). */
  trash?: boolean;
  page?: number;
  perPage?: number;
  now?: Date;
};
export type AdminPostRow = ReturnType<typeof listAdminPosts>['posts'][number];

/** Draft, scheduled (published with a future time) or published, as the owner sees it. */
export function adminStatus(
  post: { status: string; publishedAt: Date | null },
  now = new Date(),
): AdminStatus {
  if (post.status === 'draft') return 'draft';
  return post.publishedAt && post.publishedAt > now ? 'scheduled' : 'published';
}

function statusFilter(status: AdminStatus | undefined, now: Date): SQL | undefined {
  if (status === 'draft') return eq(posts.status, 'draft');
  if (status === 'scheduled') return and(eq(posts.status, 'published'), gt(posts.publishedAt, now));
  if (status === 'published') return isLive(now);
  return undefined;
}

/** Title search: the user's text is a literal substring, never a LIKE pattern. */
function titleFilter(q: string | undefined): SQL | undefined {
  const needle = q?.trim();
  if (!needle) return undefined;
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`exists (select 1 from ${postTranslations} where ${postTranslations.postId} = ${posts.id} and ${postTranslations.title} like ${pattern} escape '\\')`;
}

function categoryFilter(categoryId: AdminPostFilter['categoryId']): SQL | undefined {
  if (categoryId === 'none') return isNull(posts.categoryId);
  // Any of the post's categories, not only its primary one.
  return categoryId ? postsInCategories([categoryId]) : undefined;
}

/** Titles, translated-block and stale-translation counts per language, for a page of posts. */
function languageDetails(postIds: number[]) {
  if (!postIds.length)
    return () => ({
      titles: {} as Record<string, string>,
      translated: {} as Record<string, number>,
      stale: {} as Record<string, number>,
    });
  const titles = getDb()
    .select()
    .from(postTranslations)
    .where(inArray(postTranslations.postId, postIds))
    .all();
  const counts = getDb()
    .select({
      postId: blocks.postId,
      language: blockTexts.language,
      count: sql<number>`count(*)`,
      stale: staleCountSql,
    })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .innerJoin(posts, eq(posts.id, blocks.postId))
    .where(inArray(blocks.postId, postIds))
    .groupBy(blocks.postId, blockTexts.language)
    .all();
  return (postId: number) => ({
    titles: Object.fromEntries(
      titles.filter((t) => t.postId === postId).map((t) => [t.language, t.title]),
    ),
    translated: Object.fromEntries(
      counts.filter((c) => c.postId === postId).map((c) => [c.language, c.count]),
    ),
    stale: Object.fromEntries(
      counts.filter((c) => c.postId === postId && c.stale > 0).map((c) => [c.language, c.stale]),
    ),
  });
}

/** Every post for the owner's list, newest change first, with coverage and pending comments. */
export function listAdminPosts({
  status,
  categoryId,
  q,
  trash = false,
  page = 1,
  perPage = 20,
  now = new Date(),
}: AdminPostFilter) {
  const where = and(
    trash ? isNotNull(posts.deletedAt) : isNull(posts.deletedAt),
    statusFilter(status, now),
    categoryFilter(categoryId),
    titleFilter(q),
  );
  const rows = getDb()
    .select({
      id: posts.id,
      slug: posts.slug,
      status: posts.status,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      deletedAt: posts.deletedAt,
      originalLanguage: posts.originalLanguage,
      category: { id: categories.id, names: categories.names },
      blockCount: sql<number>`(select count(*) from ${blocks} where ${blocks.postId} = ${posts.id})`,
      pendingComments: sql<number>`(select count(*) from ${comments} where ${comments.postId} = ${posts.id} and ${comments.status} = 'pending')`,
    })
    .from(posts)
    .leftJoin(categories, eq(categories.id, posts.categoryId))
    .where(where)
    .orderBy(desc(posts.updatedAt), desc(posts.id))
    .limit(perPage)
    .offset(pageOffset(page, perPage))
    .all();
  const total = countWhere(posts, where);
  const details = languageDetails(rows.map((r) => r.id));
  return {
    posts: rows.map((r) => ({ ...r, state: adminStatus(r, now), ...details(r.id) })),
    total,
  };
}

/** A post with its blocks by id, whatever its status (editor, preview). */
export function getAdminPost({ id }: { id: number }) {
  const row = getDb()
    .select({ slug: posts.slug, updatedAt: posts.updatedAt })
    .from(posts)
    .where(eq(posts.id, id))
    .get();
  if (!row) return null;
  const post = getPostBySlug({ slug: row.slug, publicOnly: false });
  return post && { ...post, updatedAt: row.updatedAt };
}

export type AdminPost = NonNullable<ReturnType<typeof getAdminPost>>;
