import 'server-only';
import type { CommentStatus } from '@/db/schema';
import type { CommentValues } from '@/lib/validations/comment';
import type { Tx } from '@/db';
import { enqueueConfirmation } from './confirmation';
import { enqueueOwnerNotice, enqueueReplyNotices } from './enqueue';

/**
 * The mail a newly stored comment causes, in its own transaction: an approved reply notifies the
 * parent's author (if they asked and confirmed their address); a held one notifies the owner (if
 * the setting asks); asking for reply mail from an address not yet confirmed sends it the
 * confirmation link (never for spam: the filter has already judged whoever typed it).
 */
export function queueCommentMail(
  tx: Tx,
  stored: { id: number; status: CommentStatus },
  { postId, values, language }: { postId: number; values: CommentValues; language: string },
): void {
  if (stored.status === 'approved' && values.parentId !== undefined)
    enqueueReplyNotices(tx, [stored.id]);
  if (values.notifyReplies && (stored.status === 'approved' || stored.status === 'pending'))
    enqueueConfirmation(tx, { id: stored.id, email: values.email, language });
  if (stored.status === 'pending')
    enqueueOwnerNotice(tx, {
      what: 'comment',
      id: stored.id,
      postId,
      author: values.name,
      body: values.body,
    });
}
