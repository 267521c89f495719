import 'server-only';
import { alias } from 'drizzle-orm/sqlite-core';
import { and, desc, eq, inArray, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { countWhere, pageOffset } from './paging';
import { comments, posts, postTranslations, type CommentStatus } from '@/db/schema';

export type QueueFilter = {
  status: CommentStatus;
  q?: string;
  postId?: number;
  page?: number;
  perPage?: number;
};
export type Titles = Record<string, string>;

const parent = alias(comments, 'parent');

// Comments of a trashed post go to the trash with it: out of the queue and its counts until restored.
const onLivePost = sql`exists (select 1 from ${posts} where ${posts.id} = ${comments.postId} and ${posts.deletedAt} is null)`;

// How many of this email's other comments were approved: the trust hint moderators see.
const approvedBefore = sql<number>`(select count(*) from ${comments} as c2 where c2.author_email = ${comments.authorEmail} and c2.status = 'approved' and c2.id <> ${comments.id})`;

/** The user's text as a literal substring, never a LIKE pattern. */
function textFilter(q: string | undefined): SQL | undefined {
  const needle = q?.trim();
  if (!needle) return undefined;
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = (column: AnyColumn) => sql`${column} like ${pattern} escape '\\'`;
  return or(like(comments.body), like(comments.authorName), like(comments.authorEmail));
}

/** Post titles per language, for a set of posts. */
export function titlesFor(postIds: number[]): Map<number, Titles> {
  const map = new Map<number, Titles>();
  if (!postIds.length) return map;
  const rows = getDb()
    .select()
    .from(postTranslations)
    .where(inArray(postTranslations.postId, postIds))
    .all();
  for (const r of rows) map.set(r.postId, { ...map.get(r.postId), [r.language]: r.title });
  return map;
}

/** One page of the moderation queue for a tab, newest first, with what a moderator needs to decide. */
export function listQueue({ status, q, postId, page = 1, perPage = 20 }: QueueFilter) {
  const where = and(
    onLivePost,
    eq(comments.status, status),
    textFilter(q),
    postId ? eq(comments.postId, postId) : undefined,
  );
  const rows = getDb()
    .select({
      id: comments.id,
      postId: comments.postId,
      postSlug: posts.slug,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      userId: comments.userId,
      body: comments.body,
      language: comments.language,
      status: comments.status,
      reason: comments.reason,
      createdAt: comments.createdAt,
      approvedBefore,
      parent: { id: parent.id, authorName: parent.authorName, body: parent.body },
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .leftJoin(parent, eq(parent.id, comments.parentId))
    .where(where)
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(perPage)
    .offset(pageOffset(page, perPage))
    .all();
  const total = countWhere(comments, where);
  const titles = titlesFor([...new Set(rows.map((r) => r.postId))]);
  return { rows: rows.map((r) => ({ ...r, postTitles: titles.get(r.postId) ?? {} })), total };
}

/** Comments per status, for the tab badges. */
export function countByStatus(): Record<CommentStatus, number> {
  const rows = getDb()
    .select({ status: comments.status, n: sql<number>`count(*)` })
    .from(comments)
    .where(onLivePost)
    .groupBy(comments.status)
    .all();
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function countPending(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(comments)
      .where(and(onLivePost, eq(comments.status, 'pending')))
      .get()?.n ?? 0
  );
}

/** Posts that have comments, for the queue's post filter. */
export function listCommentedPosts() {
  const rows = getDb()
    .selectDistinct({ id: posts.id, slug: posts.slug })
    .from(posts)
    .innerJoin(comments, eq(comments.postId, posts.id))
    .where(isNull(posts.deletedAt))
    .orderBy(desc(posts.id))
    .all();
  const titles = titlesFor(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, titles: titles.get(r.id) ?? {} }));
}

/** The newest pending and approved comments, for the admin overview (spam and trash are noise there). */
export function latestComments(limit = 5) {
  const rows = getDb()
    .select({
      id: comments.id,
      postId: comments.postId,
      authorName: comments.authorName,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(and(onLivePost, inArray(comments.status, ['pending', 'approved'])))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .all();
  const titles = titlesFor([...new Set(rows.map((r) => r.postId))]);
  return rows.map((r) => ({ ...r, postTitles: titles.get(r.postId) ?? {} }));
}
