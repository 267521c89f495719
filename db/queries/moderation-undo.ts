import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db';
import { auditLog, comments, type CommentStatus } from '@/db/schema';
import { audit, selectComments, type Change } from './moderation-changes';

/**
 * Whether the comment's latest logged change is this move, made by this actor: Undo reverses
 * a move the queue reported, not one a forged request names (or one undone already).
 */
function isLastMove(
  tx: Tx,
  change: { id: number; from: CommentStatus; to: CommentStatus },
  actorId: number,
): boolean {
  if (change.from === change.to) return false;
  const last = tx
    .select({ actorId: auditLog.actorId, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'comment'), eq(auditLog.entityId, change.id)))
    .orderBy(desc(auditLog.id))
    .get();
  return (
    last !== undefined &&
    last.actorId === actorId &&
    last.action !== 'comment.undo' &&
    last.details?.from === change.from &&
    last.details?.to === change.to
  );
}

/**
 * Puts comments back where a moderation just moved them from, for the queue's Undo, in the
 * caller's write transaction. Only comments still where that moderation left them move (a later
 * change by anyone wins); each move is logged as an undo.
 */
export function undoModeration(
  tx: Tx,
  {
    changes,
    actorId,
  }: {
    changes: Array<{ id: number; from: CommentStatus; to: CommentStatus }>;
    actorId: number;
  },
): Change[] {
  const current = new Map(
    selectComments(
      tx,
      changes.map((c) => c.id),
    ).map((r) => [r.id, r]),
  );
  const undone: Change[] = [];
  for (const change of changes) {
    const row = current.get(change.id);
    if (!row || row.status !== change.to || !isLastMove(tx, change, actorId)) continue;
    tx.update(comments)
      .set({ status: change.from, moderatedBy: actorId, moderatedAt: new Date() })
      .where(eq(comments.id, row.id))
      .run();
    audit(tx, actorId, 'undo', row.id, { from: row.status, to: change.from });
    undone.push({ id: row.id, slug: row.slug, from: row.status, to: change.from });
    // A second entry for the same comment sees it where this one left it.
    row.status = change.from;
  }
  return undone;
}
