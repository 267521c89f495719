import 'server-only';
import type { Tx } from '@/db';
import {
  authorHistory,
  insertComment,
  replayComment,
  type NewComment,
  type Replay,
} from '@/db/queries/comments';
import type { Limit } from '@/db/queries/throttle';
import { decideStatus, type PolicySettings } from '@/lib/comments/policy';
import type { CommentStatus } from '@/lib/model';
import type { CommentValues } from '@/lib/validations/comment';
import { queueCommentMail } from '@/server/mail/comment-mail';
import { refusedByThrottle, writeOnce, type RateLimited } from '@/server/submission-write';

export type StoreCommentResult =
  | { ok: true; id: number; status: CommentStatus; created: boolean; ipHash: string | null }
  | RateLimited
  | Replay;

export type CommentWrite = {
  /** The row to store, but for its status, which the policy gives it. */
  row: NewComment;
  /** What the form sent: the policy reads the honeypot; the mail, the reply target and opt-in. */
  values: CommentValues;
  settings: PolicySettings;
  /** The signed-in staff member whose address the comment carries wrote it. */
  signedInStaff: boolean;
  /** The bucket the comment counts against; null when it counts against none. */
  throttle: Limit | null;
};

/**
 * Stores a comment in one BEGIN IMMEDIATE transaction: replay check, throttle, policy, insert and
 * the mail it causes commit together or not at all. A repeated idempotency key returns the first
 * comment (`created: false`), never a second row, or `keyReused` when the post or content differ;
 * should two writers still race on the unique index, the loser re-reads the winner's row.
 */
export function storeComment(write: CommentWrite): StoreCommentResult {
  return writeOnce<StoreCommentResult>(
    (tx) => storeIn(tx, write),
    (db) => replayComment(db, write.row),
  );
}

function storeIn(tx: Tx, { row, values, settings, signedInStaff, throttle }: CommentWrite) {
  const replayed = replayComment(tx, row);
  if (replayed) return replayed;
  const refused = refusedByThrottle(tx, throttle);
  if (refused) return refused;
  // The author's history is read in the transaction, so the decision sees what is committed now.
  const history = authorHistory(tx, { name: row.authorName, email: row.authorEmail });
  const decision = decideStatus(
    settings,
    { name: values.name, email: values.email, body: values.body, honeypot: values.website },
    { ...history, signedInStaff },
  );
  const stored = insertComment(tx, { ...row, ...decision });
  queueCommentMail(tx, stored, { postId: row.postId, values, language: row.language });
  return { ok: true, ...stored, created: true, ipHash: row.ipHash } as const;
}
