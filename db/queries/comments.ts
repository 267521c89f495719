import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import type { Db } from '@/db/connection';
import { comments, posts, users, type CommentStatus } from '@/db/schema';
import { isPublic } from './posts';

/** What readers may see of a comment: never the email, address or user agent. */
const publicColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorName: comments.authorName,
  body: comments.body,
  language: comments.language,
  // Whether a signed-in owner or moderator wrote it (their badge), never who.
  staff: sql<number>`${comments.userId} is not null`.mapWith(Boolean),
  createdAt: comments.createdAt,
};
export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  language: string;
  staff: boolean;
  createdAt: Date;
};
export type OwnComment = PublicComment & { pending: true };

export type NewComment = {
  postId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  body: string;
  language: string;
  ipHash: string | null;
  userAgent: string | null;
  idempotencyKey: string | null;
  /** The reader asked for an email when a reply to this comment is approved. */
  notifyReplies?: boolean;
};
export type StatusDecision = { status: Exclude<CommentStatus, 'trash'>; reason: string };
/** What the database knows of an author, for the "trust approved authors" policy. */
export type AuthorHistory = { moderatorApproved: number; staffAddress: boolean };
/** The comment a key already names: the first one's answer, or a refusal for other content. */
export type Replay =
  | { ok: true; id: number; status: CommentStatus; created: false; ipHash: string | null }
  | { ok: false; error: 'keyReused' };

/** A public post (the one rule in isPublic) by slug, with what commenting needs to know. */
export function getCommentTarget({ slug, now = new Date() }: { slug: string; now?: Date }) {
  return (
    getDb()
      .select({
        id: posts.id,
        slug: posts.slug,
        status: posts.status,
        publishedAt: posts.publishedAt,
        commentsOpen: posts.commentsOpen,
      })
      .from(posts)
      .where(and(eq(posts.slug, slug), isPublic(now)))
      .get() ?? null
  );
}

/** An approved comment of the post that can be replied to, with its depth in the thread (1 = top). */
export function getReplyParent({
  id,
  postId,
}: {
  id: number;
  postId: number;
}): { id: number; depth: number } | null {
  const parent = getDb()
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.id, id), eq(comments.postId, postId), eq(comments.status, 'approved')))
    .get();
  if (!parent) return null;
  const row = getDb().get<{ depth: number }>(sql`
    with recursive chain(id, parent_id, depth) as (
      select id, parent_id, 1 from comments where id = ${id}
      union all
      select c.id, c.parent_id, chain.depth + 1 from comments c join chain on c.id = chain.parent_id where chain.depth < 50
    ) select max(depth) as depth from chain`);
  return { id: parent.id, depth: row?.depth ?? 1 };
}

function byKey(db: Tx | Db, key: string) {
  return db
    .select({
      id: comments.id,
      status: comments.status,
      ipHash: comments.ipHash,
      postId: comments.postId,
      parentId: comments.parentId,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      body: comments.body,
    })
    .from(comments)
    .where(eq(comments.idempotencyKey, key))
    .get();
}

/**
 * The comment stored under the input's key, as a replay answer: the same post and content get the
 * first comment back; a key reused for anything else is refused, never answered with another's id.
 * Undefined when the key is new (or there is none).
 */
export function replayComment(db: Tx | Db, input: NewComment): Replay | undefined {
  const existing = input.idempotencyKey ? byKey(db, input.idempotencyKey) : undefined;
  if (!existing) return undefined;
  const { id, status, ipHash, ...content } = existing;
  const same = (Object.keys(content) as Array<keyof typeof content>).every(
    (field) => content[field] === input[field],
  );
  return same
    ? { ok: true, id, status, ipHash, created: false }
    : { ok: false, error: 'keyReused' };
}

/** Stores a comment with the status the policy gave it; a repeated key breaks the unique index. */
export function insertComment(
  tx: Tx,
  input: NewComment & StatusDecision,
): { id: number; status: CommentStatus } {
  return tx
    .insert(comments)
    .values(input)
    .returning({ id: comments.id, status: comments.status })
    .get();
}

export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Error &&
  ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    (error.cause !== undefined && isUniqueViolation(error.cause)));

/** The post's approved comments, oldest first, for the public thread (pages and the JSON API). */
export function getApprovedComments({ postId }: { postId: number }): PublicComment[] {
  return getDb()
    .select(publicColumns)
    .from(comments)
    .where(and(eq(comments.postId, postId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}

/**
 * The reader's own comments on the post that are not public yet (ids from their signed cookie).
 * Spam is included on purpose: to its author it looks like any held comment.
 */
export function getOwnUnapprovedComments({
  postId,
  ids,
}: {
  postId: number;
  ids: number[];
}): OwnComment[] {
  if (!ids.length) return [];
  return getDb()
    .select(publicColumns)
    .from(comments)
    .where(
      and(
        eq(comments.postId, postId),
        inArray(comments.id, ids),
        inArray(comments.status, ['pending', 'spam']),
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all()
    .map((c) => ({ ...c, pending: true as const }));
}

export function countApprovedComments({ postId }: { postId: number }): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(comments)
      .where(and(eq(comments.postId, postId), eq(comments.status, 'approved')))
      .get()?.n ?? 0
  );
}

/**
 * The author's standing: comments a moderator approved by hand under this very name and email
 * (approvals by the policy and staff replies do not count, so trust never grows on its own or
 * from staff), and whether the email is a staff account's.
 */
export function authorHistory(
  tx: Tx,
  { name, email }: { name: string; email: string },
): AuthorHistory {
  const moderatorApproved =
    tx
      .select({ n: sql<number>`count(*)` })
      .from(comments)
      .where(
        and(
          eq(comments.authorEmail, email),
          eq(comments.authorName, name),
          eq(comments.status, 'approved'),
          isNotNull(comments.moderatedBy),
          isNull(comments.userId),
        ),
      )
      .get()?.n ?? 0;
  const staff = tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
  return { moderatorApproved, staffAddress: staff !== undefined };
}
