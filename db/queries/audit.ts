import 'server-only';
import { alias } from 'drizzle-orm/sqlite-core';
import { and, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { countWhere, pageOffset } from './paging';
import { auditLog, comments, posts, users } from '@/db/schema';

export type AuditFilter = {
  actorId?: number;
  action?: string;
  /** Only actions starting with this (a moderator's view: `comment.`). */
  actionPrefix?: string;
  since?: Date;
  until?: Date;
  page?: number;
  perPage?: number;
};
export type AuditEntry = ReturnType<typeof listAudit>['rows'][number];

const commentPost = alias(posts, 'comment_post');

function where(f: AuditFilter): SQL | undefined {
  return and(
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    // The prefix is ours (a constant), never the user's text, so no LIKE escaping is needed.
    f.actionPrefix ? like(auditLog.action, `${f.actionPrefix}%`) : undefined,
    f.since ? gte(auditLog.createdAt, f.since) : undefined,
    f.until ? lt(auditLog.createdAt, f.until) : undefined,
  );
}

/**
 * One page of the audit log, newest first, with the actor's name and — where the post or comment
 * still exists — what a link to it needs (a deleted target reads as gone, not as an error).
 */
export function listAudit(filter: AuditFilter) {
  const { page = 1, perPage = 50 } = filter;
  const rows = getDb()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      actorId: auditLog.actorId,
      actorName: users.name,
      postId: posts.id,
      commentId: comments.id,
      commentPostId: comments.postId,
      commentStatus: comments.status,
      commentPostSlug: commentPost.slug,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(posts, and(eq(auditLog.entity, 'post'), eq(posts.id, auditLog.entityId)))
    .leftJoin(comments, and(eq(auditLog.entity, 'comment'), eq(comments.id, auditLog.entityId)))
    .leftJoin(commentPost, eq(commentPost.id, comments.postId))
    .where(where(filter))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(perPage)
    .offset(pageOffset(page, perPage))
    .all();
  const total = countWhere(auditLog, where(filter));
  return { rows, total };
}

/** Everyone who appears in the log (for the actor filter), by name. */
export function listAuditActors() {
  return getDb()
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(users.name)
    .all();
}

/** Every action that appears in the log (new kinds show up without a code change). */
export function listAuditActions(): string[] {
  return getDb()
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .all()
    .map((r) => r.action);
}
