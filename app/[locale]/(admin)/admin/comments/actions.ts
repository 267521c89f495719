'use server';

import { refresh } from 'next/cache';
import {
  deleteComments,
  editCommentBody,
  moderateComments,
  replyToComment,
} from '@/db/queries/moderation-changes';
import { getSettings } from '@/db/queries/settings';
import { defineAction, type ActionResult } from '@/lib/server/action';
import { enqueueForModeration, enqueueReplyNotices } from '@/lib/server/mail/enqueue';
import { scheduleMailDelivery } from '@/lib/server/mail/worker';
import { expirePublicPages } from '@/lib/server/reader-cache';
import {
  deleteSchema,
  editCommentSchema,
  moderateSchema,
  replySchema,
} from '@/lib/validations/moderation';

const STAFF = { roles: ['owner' as const, 'moderator' as const] };
export type QueueOutcome = { kind: 'moderated' | 'deleted' | 'replied' | 'edited'; count: number };

/** Readers see the change at once, and the queue and the navigation badge re-render. */
function afterChange(slugs: string[], kind: QueueOutcome['kind']): ActionResult<QueueOutcome> {
  if (slugs.length) expirePublicPages();
  if (kind === 'moderated' || kind === 'replied') scheduleMailDelivery();
  refresh();
  return { ok: true, data: { kind, count: slugs.length } };
}

export const moderateAction = defineAction(STAFF, moderateSchema, ({ ids, action }, { user }) =>
  afterChange(
    moderateComments({
      ids,
      action,
      actorId: user.id,
      // Reply notices are queued in the approval's own transaction (once per reply and parent).
      within: enqueueForModeration,
    }).map((c) => c.slug),
    'moderated',
  ),
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
    const reply = replyToComment({
      parentId,
      body,
      author: user,
      idempotencyKey: key,
      threadDepth: getSettings().threadDepth,
      within: enqueueReplyNotices,
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
