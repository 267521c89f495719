import 'server-only';
import type { Tx } from '@/db';
import { confirmedHashes, emailHash } from '@/db/queries/email-confirmations';
import { queueMail } from '@/db/queries/mail';
import {
  dropUntriedReplyMail,
  ownerRecipients,
  postTitles,
  replyNoticeTargets,
} from '@/db/queries/mail-recipients';
import { pick } from '@/lib/format';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';
import { ownerNoticeMail, replyNoticeMail } from '@/lib/mail/compose';
import { siteUrl } from '@/lib/site-url';
import { unsubscribeToken } from './token';

/** RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to this URL. */
export const oneClickUrl = (token: string) =>
  `${siteUrl()}/api/unsubscribe?token=${encodeURIComponent(token)}`;
export const unsubscribePageUrl = (locale: string, token: string) =>
  `${siteUrl()}/${locale}/unsubscribe?token=${encodeURIComponent(token)}`;

/**
 * Queues the reply notices that comments newly approved in this transaction cause: one mail per
 * (reply, parent), to a parent that asked for it from a confirmed address, never to the replier. Call it inside the write
 * transaction that approved them, so the mail is queued exactly when the approval commits.
 */
export function enqueueReplyNotices(tx: Tx, approvedIds: number[]): number {
  let queued = 0;
  for (const n of confirmedTargets(tx, approvedIds)) {
    const locale = isLocale(n.language) ? n.language : DEFAULT_LOCALE;
    const token = unsubscribeToken(n.parentId, n.parentEmail);
    const mail = replyNoticeMail(getTranslator(locale), {
      title: pick(postTitles(tx, n.postId), locale),
      parentAuthor: n.parentAuthor,
      replyAuthor: n.replyAuthor,
      replyBody: n.replyBody,
      commentUrl: `${siteUrl()}/${locale}/posts/${encodeURIComponent(n.slug)}#comment-${n.replyId}`,
      unsubscribeUrl: unsubscribePageUrl(locale, token),
    });
    const headers = {
      'List-Unsubscribe': `<${oneClickUrl(token)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    };
    const kind = `reply:${n.replyId}:${n.parentId}`;
    if (queueMail(tx, { kind, toAddress: n.parentEmail, ...mail, textBody: mail.text, headers }))
      queued++;
  }
  return queued;
}

/**
 * Reply notice targets whose address confirmed it wants them (double opt-in). Replies approved
 * before the confirmation are never mailed later: the reader asked from the click on.
 */
function confirmedTargets(tx: Tx, approvedIds: number[]) {
  const targets = replyNoticeTargets(tx, approvedIds);
  const confirmed = confirmedHashes(
    tx,
    targets.map((n) => n.parentEmail),
  );
  return targets.filter((n) => confirmed.has(emailHash(n.parentEmail)));
}

/**
 * For a moderation action's moves: the reply notices of the comments it approved, and none for
 * those it took back before their notice was tried.
 */
export function enqueueForModeration(
  tx: Tx,
  changes: Array<{ id: number; from: string; to: string | null }>,
) {
  dropUntriedReplyMail(
    tx,
    changes.filter((c) => c.from === 'approved' && c.to !== 'approved').map((c) => c.id),
  );
  return enqueueReplyNotices(
    tx,
    changes.filter((c) => c.to === 'approved').map((c) => c.id),
  );
}

export type OwnerNotice = {
  what: 'comment' | 'suggestion';
  /** The held comment's or the suggestion's id (one notice per owner and item). */
  id: number;
  postId: number;
  author: string;
  body: string;
  /** Where the owner reviews it, under /<locale>; defaults to the comment queue or /admin/suggestions. */
  reviewPath?: string;
};

/**
 * Queues a notice to every owner of a new held comment or suggestion, when the blog's
 * `notify_owner` setting is on; does nothing otherwise. Call it in the transaction that stored it.
 */
export function enqueueOwnerNotice(tx: Tx, notice: OwnerNotice): number {
  const { language, owners } = ownerRecipients(tx);
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const path =
    notice.reviewPath ?? (notice.what === 'comment' ? '/admin/comments' : '/admin/suggestions');
  const mail = ownerNoticeMail(getTranslator(locale), {
    what: notice.what,
    title: pick(postTitles(tx, notice.postId), locale),
    author: notice.author,
    body: notice.body,
    reviewUrl: `${siteUrl()}/${locale}${path}`,
  });
  let queued = 0;
  for (const owner of owners) {
    const kind = `owner:${notice.what}:${notice.id}:${owner.id}`;
    const headers = { 'Auto-Submitted': 'auto-generated' };
    if (queueMail(tx, { kind, toAddress: owner.email, ...mail, textBody: mail.text, headers }))
      queued++;
  }
  return queued;
}
