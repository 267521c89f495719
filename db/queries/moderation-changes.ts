import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { writeTx, type Tx } from '@/db';
import { auditLog, comments, posts, type CommentStatus } from '@/db/schema';
import { deleteCommentTree } from './comment-tree';
import { ACTION_SOURCES, DELETABLE, type ModerationAction } from '@/lib/validations/moderation';

export type Change = { id: number; slug: string; from: CommentStatus; to: CommentStatus | null };

const TARGET: Record<Exclude<ModerationAction, 'restore'>, CommentStatus> = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  notSpam: 'pending',
  trash: 'trash',
};

export function audit(
  tx: Tx,
  actorId: number,
  action: string,
  commentId: number,
  details: Record<string, unknown>,
) {
  tx.insert(auditLog)
    .values({
      actorId,
      action: `comment.${action}`,
      entity: 'comment',
      entityId: commentId,
      details,
    })
    .run();
}

export function selectComments(tx: Tx, ids: number[]) {
  return tx
    .select({ id: comments.id, status: comments.status, slug: posts.slug })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(inArray(comments.id, ids))
    .all();
}

/** Restore puts a comment back where it was before it was trashed (pending if nobody knows). */
function statusBeforeTrash(tx: Tx, id: number): CommentStatus {
  const row = tx
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, 'comment'),
        eq(auditLog.entityId, id),
        eq(auditLog.action, 'comment.trash'),
      ),
    )
    .orderBy(desc(auditLog.id))
    .get();
  const from = row?.details?.from;
  return from === 'approved' || from === 'spam' ? from : 'pending';
}

/**
 * Moves the comments the action applies to and logs each move with the actor, in the caller's
 * write transaction. Comments in a state the action does not apply to are left alone and not
 * reported.
 */
export function moderateComments(
  tx: Tx,
  { ids, action, actorId }: { ids: number[]; action: ModerationAction; actorId: number },
): Change[] {
  const changes: Change[] = [];
  for (const row of selectComments(tx, ids)) {
    if (!ACTION_SOURCES[action].includes(row.status)) continue;
    const to = action === 'restore' ? statusBeforeTrash(tx, row.id) : TARGET[action];
    tx.update(comments)
      .set({ status: to, moderatedBy: actorId, moderatedAt: new Date() })
      .where(eq(comments.id, row.id))
      .run();
    audit(tx, actorId, action, row.id, { from: row.status, to });
    changes.push({ id: row.id, slug: row.slug, from: row.status, to });
  }
  return changes;
}

/** Deletes spam and trashed comments for good (their replies go with them); each deletion is logged. */
export function deleteComments({ ids, actorId }: { ids: number[]; actorId: number }): Change[] {
  return writeTx((tx) => {
    const changes: Change[] = [];
    for (const row of selectComments(tx, ids)) {
      if (!DELETABLE.includes(row.status)) continue;
      const replies = deleteCommentTree(tx, row.id);
      audit(tx, actorId, 'delete', row.id, { from: row.status, to: null, replies });
      changes.push({ id: row.id, slug: row.slug, from: row.status, to: null });
    }
    return changes;
  });
}

/** How deep a comment sits: 1 for a top-level comment. */
function depthOf(tx: Tx, id: number): number {
  return tx.get<{ n: number }>(
    sql`with recursive a(id, parent_id) as (select id, parent_id from comments where id = ${id} union all select c.id, c.parent_id from comments c join a on c.id = a.parent_id) select count(*) as n from a`,
  ).n;
}

type Reply = {
  parentId: number;
  body: string;
  author: { id: number; name: string; email: string };
  idempotencyKey: string;
  threadDepth: number;
};
/** The stored reply, and the comments it approved now (itself and maybe its parent; none on a replay). */
export type StoredReply = { id: number; slug: string; approvedIds: number[] };

/**
 * A reply by the signed-in owner or moderator, published at once, in the caller's write
 * transaction. Replying to a pending comment approves it (as WordPress does), so the reply never
 * hangs under a hidden comment; past the thread depth the reply joins its parent's thread instead
 * of nesting deeper.
 */
export function replyToComment(
  tx: Tx,
  { parentId, body, author, idempotencyKey, threadDepth }: Reply,
): StoredReply | null {
  const parent = tx.select().from(comments).where(eq(comments.id, parentId)).get();
  if (!parent || (parent.status !== 'pending' && parent.status !== 'approved')) return null;
  const [{ slug } = { slug: '' }] = selectComments(tx, [parent.id]);
  if (parent.status === 'pending') {
    tx.update(comments)
      .set({ status: 'approved', moderatedBy: author.id, moderatedAt: new Date() })
      .where(eq(comments.id, parent.id))
      .run();
    audit(tx, author.id, 'approve', parent.id, { from: 'pending', to: 'approved' });
  }
  const attachTo = depthOf(tx, parent.id) >= threadDepth ? parent.parentId : parent.id;
  const inserted = tx
    .insert(comments)
    .values({
      postId: parent.postId,
      parentId: attachTo,
      authorName: author.name,
      authorEmail: author.email,
      userId: author.id,
      body,
      language: parent.language,
      status: 'approved',
      moderatedBy: author.id,
      moderatedAt: new Date(),
      idempotencyKey,
    })
    .onConflictDoNothing({ target: comments.idempotencyKey })
    .returning({ id: comments.id })
    .get();
  // A resubmitted form (same key) changes nothing and answers with the reply already stored.
  if (!inserted) {
    const stored = tx
      .select({ id: comments.id })
      .from(comments)
      .where(eq(comments.idempotencyKey, idempotencyKey))
      .get();
    return stored ? { id: stored.id, slug, approvedIds: [] } : null;
  }
  audit(tx, author.id, 'reply', inserted.id, { from: null, to: 'approved', parentId: attachTo });
  const approvedIds = parent.status === 'pending' ? [parent.id, inserted.id] : [inserted.id];
  return { id: inserted.id, slug, approvedIds };
}

/** Changes a comment's text; the previous text is kept in the audit log. */
export function editCommentBody({
  id,
  body,
  actorId,
}: {
  id: number;
  body: string;
  actorId: number;
}): Change | null {
  return writeTx((tx) => {
    const before = tx
      .select({ body: comments.body, status: comments.status })
      .from(comments)
      .where(eq(comments.id, id))
      .get();
    const [row] = selectComments(tx, [id]);
    if (!before || !row) return null;
    tx.update(comments).set({ body }).where(eq(comments.id, id)).run();
    audit(tx, actorId, 'edit', id, {
      from: before.status,
      to: before.status,
      previousBody: before.body,
    });
    return { id, slug: row.slug, from: before.status, to: before.status };
  });
}
