import 'server-only';
import { writeTx } from '@/db';
import { withdrawConfirmation } from '@/db/queries/email-confirmations';
import { stopReplyMail, unsubscribeTarget } from '@/db/queries/mail-recipients';
import { tokenCommentId, verifyUnsubscribeToken } from './token';

export type UnsubscribeTarget = {
  id: number;
  slug: string;
  titles: Record<string, string>;
  notifyReplies: boolean;
};

/** The comment a genuine unsubscribe token names; null for a malformed, forged or stale token. */
export function findUnsubscribe(token: unknown): UnsubscribeTarget | null {
  return genuineTarget(token)?.shown ?? null;
}

function genuineTarget(token: unknown) {
  const id = tokenCommentId(token);
  if (id === null) return null;
  const target = unsubscribeTarget(id);
  if (!target || !verifyUnsubscribeToken(token as string, id, target.email)) return null;
  const { slug, titles, notifyReplies, email } = target;
  const shown: UnsubscribeTarget = { id, slug, titles, notifyReplies };
  return { shown, email };
}

/**
 * Turns reply mail off for the token's comment (idempotent) and withdraws the address's
 * confirmation, so a later comment asking for reply mail asks the address again; null when the
 * token is not genuine.
 */
export function unsubscribe(token: unknown): UnsubscribeTarget | null {
  const target = genuineTarget(token);
  if (!target) return null;
  const { shown, email } = target;
  // One transaction: the consent, unsent mail and the address's confirmation go together.
  if (shown.notifyReplies)
    writeTx((tx) => {
      withdrawConfirmation(tx, email);
      stopReplyMail(tx, shown.id);
    });
  return { ...shown, notifyReplies: false };
}
