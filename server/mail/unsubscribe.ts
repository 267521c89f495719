import 'server-only';
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
  const id = tokenCommentId(token);
  if (id === null) return null;
  const target = unsubscribeTarget(id);
  if (!target || !verifyUnsubscribeToken(token as string, id, target.email)) return null;
  return { id, slug: target.slug, titles: target.titles, notifyReplies: target.notifyReplies };
}

/** Turns reply mail off for the token's comment (idempotent); null when the token is not genuine. */
export function unsubscribe(token: unknown): UnsubscribeTarget | null {
  const target = findUnsubscribe(token);
  if (!target) return null;
  if (target.notifyReplies) stopReplyMail(target.id);
  return { ...target, notifyReplies: false };
}
