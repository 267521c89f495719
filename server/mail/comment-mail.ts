import 'server-only';
import type { CommentStatus } from '@/db/schema';
import type { CommentValues } from '@/lib/validations/comment';
import type { Tx } from '@/db';
import { enqueueOwnerNotice, enqueueReplyNotices } from './enqueue';

/**
 * The mail a newly stored comment causes, in its own transaction: an approved reply notifies the
 * parent's author (if they asked); a held one notifies the owner (if the setting asks).
 */
export function queueCommentMail(
  tx: Tx,
  stored: { id: number; status: CommentStatus },
  { postId, values }: { postId: number; values: CommentValues },
): void {
  if (stored.status === 'approved' && values.parentId !== undefined)
    enqueueReplyNotices(tx, [stored.id]);
  if (stored.status === 'pending')
    enqueueOwnerNotice(tx, {
      what: 'comment',
      id: stored.id,
      postId,
      author: values.name,
      body: values.body,
    });
}
