import { z } from 'zod';
import { COMMENT_STATUSES, type CommentStatus } from '@/lib/model';
import { codePoints, COMMENT_BODY_MAX } from '@/lib/model';

export const MODERATION_ACTIONS = [
  'approve',
  'unapprove',
  'spam',
  'notSpam',
  'trash',
  'restore',
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

// Which tab each action applies to, as in WordPress: a comment only moves along these edges.
export const ACTION_SOURCES: Record<ModerationAction, readonly CommentStatus[]> = {
  approve: ['pending'],
  unapprove: ['approved'],
  spam: ['pending', 'approved'],
  notSpam: ['spam'],
  trash: ['pending', 'approved', 'spam'],
  restore: ['trash'],
};
// Only spam and trash can be deleted for good.
export const DELETABLE: readonly CommentStatus[] = ['spam', 'trash'];

// The comments table's CHECK allows 1–5,000 code points.
/** Staff edit and reply to comments within the same limit readers have. */
export const COMMENT_TEXT_MAX = COMMENT_BODY_MAX;
export const QUEUE_PAGE_SIZE = 20;
export const QUEUE_SEARCH_MAX = 200;

// A form sends one `ids` field or several; a script may send an array.
const ids = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : [v].flat()),
  z.array(z.coerce.number().int().positive()).min(1, { error: 'noSelection' }).max(100),
);

/** A row button sends `target=approve:12`; bulk buttons send `action` with the ticked `ids`. */
function fromRowButton(input: unknown): unknown {
  if (
    !input ||
    typeof input !== 'object' ||
    !('target' in input) ||
    typeof input.target !== 'string'
  )
    return input;
  const [action, id] = input.target.split(':');
  return { action, ids: [id] };
}

export const moderateSchema = z.preprocess(
  fromRowButton,
  z.object({ action: z.enum(MODERATION_ACTIONS), ids }),
);

/** The queue's Undo: the moves a moderation just reported, to be reversed. */
export const undoSchema = z.object({
  changes: z
    .array(
      z.object({
        id: z.coerce.number().int().positive(),
        from: z.enum(COMMENT_STATUSES),
        to: z.enum(COMMENT_STATUSES),
      }),
    )
    .min(1, { error: 'noSelection' })
    .max(100),
});

export const deleteSchema = z.object({ ids, confirm: z.literal('yes') });

const text = z
  .string()
  .trim()
  .min(1, { error: 'commentTextRequired' })
  .refine((s) => codePoints(s) <= COMMENT_TEXT_MAX, { error: 'commentTextTooLong' })
  .refine((s) => !s.includes('\0'), { error: 'nul' });

// The reply form's random key: a resubmitted form stores the reply once.
export const REPLY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export const replySchema = z.object({
  parentId: z.coerce.number().int().positive(),
  body: text,
  key: z.string().regex(REPLY_KEY_PATTERN),
});
export const editCommentSchema = z.object({ id: z.coerce.number().int().positive(), body: text });

/** The queue's query string: anything unexpected falls back to the default rather than failing. */
export const queueQuerySchema = z.object({
  status: z.enum(COMMENT_STATUSES).catch('pending'),
  q: z.string().max(QUEUE_SEARCH_MAX).catch('').optional(),
  post: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
