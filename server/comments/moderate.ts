import 'server-only';
import { writeTx } from '@/db';
import { moderateComments, replyToComment, type Change } from '@/db/queries/moderation-changes';
import { undoModeration } from '@/db/queries/moderation-undo';
import type { CommentStatus } from '@/lib/model';
import type { ModerationAction } from '@/lib/validations/moderation';
import { enqueueForModeration, enqueueReplyNotices } from '@/server/mail/enqueue';

/**
 * A moderator's action on queue rows, in one write transaction with the reply notices it causes:
 * mail for the replies it approved is queued, and untried mail for those it took back is dropped,
 * exactly when the moves commit.
 */
export function moderate(input: {
  ids: number[];
  action: ModerationAction;
  actorId: number;
}): Change[] {
  return writeTx((tx) => {
    const changes = moderateComments(tx, input);
    enqueueForModeration(tx, changes);
    return changes;
  });
}

/** The queue's Undo: the moves put back, and their reply notices queued or dropped, together. */
export function undoMoves(input: {
  changes: Array<{ id: number; from: CommentStatus; to: CommentStatus }>;
  actorId: number;
}): Change[] {
  return writeTx((tx) => {
    const undone = undoModeration(tx, input);
    enqueueForModeration(tx, undone);
    return undone;
  });
}

/**
 * A staff reply from the queue, published at once with the notices of what it approved (itself
 * and a held parent); a resubmitted form answers with the stored reply and queues nothing.
 */
export function replyAsStaff(input: Parameters<typeof replyToComment>[1]): {
  id: number;
  slug: string;
} | null {
  return writeTx((tx) => {
    const reply = replyToComment(tx, input);
    if (!reply) return null;
    if (reply.approvedIds.length) enqueueReplyNotices(tx, reply.approvedIds);
    return { id: reply.id, slug: reply.slug };
  });
}
