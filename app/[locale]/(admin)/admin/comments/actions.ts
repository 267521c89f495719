'use server';

import { refresh } from 'next/cache';
import { deleteComments, editCommentBody, type Change } from '@/db/queries/moderation-changes';
import { getSettings } from '@/db/queries/settings';
import type { CommentStatus } from '@/lib/model';
import { defineAction, type ActionResult } from '@/server/action';
import { moderate, replyAsStaff, undoMoves } from '@/server/comments/moderate';
import { scheduleMailDelivery } from '@/server/mail/worker';
import { expirePublicPages } from '@/server/reader-cache';
import {
  deleteSchema,
  editCommentSchema,
  moderateSchema,
  replySchema,
  undoSchema,
} from '@/lib/validations/moderation';

const STAFF = { roles: ['owner' as const, 'moderator' as const] };
export type Moved = { id: number; from: CommentStatus; to: CommentStatus };
export type QueueOutcome = {
  kind: 'moderated' | 'deleted' | 'replied' | 'edited' | 'undone';
  count: number;
  /** What moved, so the queue can say which comments and offer to move them back. */
  moved?: Moved[];
};

/** Readers see the change at once, and the queue and the navigation badge re-render. */
function afterChange(slugs: string[], kind: QueueOutcome['kind']): ActionResult<QueueOutcome> {
  if (slugs.length) expirePublicPages();
  if (kind === 'moderated' || kind === 'replied') scheduleMailDelivery();
  refresh();
  return { ok: true, data: { kind, count: slugs.length } };
}

function afterMoves(changes: Change[], kind: 'moderated' | 'undone'): ActionResult<QueueOutcome> {
  const result = afterChange(
    changes.map((c) => c.slug),
    kind,
  );
  const moved = changes.flatMap((c) => (c.to ? [{ id: c.id, from: c.from, to: c.to }] : []));
  return result.ok ? { ok: true, data: { ...result.data, moved } } : result;
}

export const moderateAction = defineAction(STAFF, moderateSchema, ({ ids, action }, { user }) =>
  // Reply notices are queued (or dropped) in the moderation's own transaction.
  afterMoves(moderate({ ids, action, actorId: user.id }), 'moderated'),
);

export const undoAction = defineAction(STAFF, undoSchema, ({ changes }, { user }) =>
  afterMoves(undoMoves({ changes, actorId: user.id }), 'undone'),
);

export const deleteAction = defineAction(STAFF, deleteSchema, ({ ids }, { user }) =>
  afterChange(
    deleteComments({ ids, actorId: user.id }).map((c) => c.slug),
    'deleted',
  ),
);

export const replyAction = defineAction(
  STAFF,
  replySchema,
  ({ parentId, body, key }, { user }): ActionResult<QueueOutcome> => {
    const reply = replyAsStaff({
      parentId,
      body,
      author: user,
      idempotencyKey: key,
      threadDepth: getSettings().threadDepth,
    });
    return reply ? afterChange([reply.slug], 'replied') : { ok: false, error: 'commentGone' };
  },
);

export const editAction = defineAction(
  STAFF,
  editCommentSchema,
  ({ id, body }, { user }): ActionResult<QueueOutcome> => {
    const change = editCommentBody({ id, body, actorId: user.id });
    return change ? afterChange([change.slug], 'edited') : { ok: false, error: 'commentGone' };
  },
);
