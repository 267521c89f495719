import 'server-only';
import type { Tx } from '@/db';
import {
  claimConfirmationMail,
  confirmationTarget,
  confirmEmail,
} from '@/db/queries/email-confirmations';
import { queueMail } from '@/db/queries/mail';
import { getSettings } from '@/db/queries/settings';
import { pick } from '@/lib/format';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';
import { confirmationMail } from '@/lib/mail/confirm-mail';
import { siteUrl } from '@/lib/site-url';
import {
  CONFIRM_TTL_MS,
  confirmToken,
  confirmTokenCommentId,
  verifyConfirmToken,
  type ConfirmCheck,
} from './token';

/** At most one confirmation mail per address in this window, however often it is typed in. */
export const CONFIRM_MAIL_WINDOW_MS = 86_400_000;

export const confirmPageUrl = (locale: string, token: string) =>
  `${siteUrl()}/${locale}/confirm-email?token=${encodeURIComponent(token)}`;

/**
 * For a new comment that asks for reply mail: the address's confirmation mail, unless it is
 * confirmed already or was asked within the day. Call it in the transaction that stored the comment.
 */
export function enqueueConfirmation(
  tx: Tx,
  comment: { id: number; email: string; language: string },
  now = new Date(),
): boolean {
  if (!claimConfirmationMail(tx, comment.email, now, CONFIRM_MAIL_WINDOW_MS)) return false;
  const locale = isLocale(comment.language) ? comment.language : DEFAULT_LOCALE;
  const token = confirmToken(comment.id, comment.email, now.getTime());
  const mail = confirmationMail(getTranslator(locale), {
    blog: pick(getSettings().titles, locale),
    confirmUrl: confirmPageUrl(locale, token),
    days: CONFIRM_TTL_MS / 86_400_000,
  });
  const headers = { 'Auto-Submitted': 'auto-generated' };
  return queueMail(tx, {
    kind: `confirm:${comment.id}`,
    toAddress: comment.email,
    ...mail,
    textBody: mail.text,
    headers,
  });
}

export type ConfirmState =
  | { state: 'invalid' }
  | { state: ConfirmCheck | 'confirmed'; slug: string; titles: Record<string, string> };

// A genuine token (valid or expired) and the comment it names; null for anything else.
function resolve(token: unknown, now: number) {
  const id = confirmTokenCommentId(token);
  const target = id === null ? null : confirmationTarget(id);
  if (id === null || !target) return null;
  const check = verifyConfirmToken(token as string, id, target.email, now);
  return check === 'invalid' ? null : { check, target };
}

const stateOf = (found: ReturnType<typeof resolve>): ConfirmState =>
  found
    ? {
        state: found.target.confirmed ? 'confirmed' : found.check,
        slug: found.target.slug,
        titles: found.target.titles,
      }
    : { state: 'invalid' };

/**
 * What a confirmation link stands for: 'valid' (not yet confirmed), 'confirmed', 'expired', or
 * 'invalid' for a malformed or forged token or a deleted comment. Changes nothing.
 */
export const findConfirmation = (token: unknown, now = Date.now()): ConfirmState =>
  stateOf(resolve(token, now));

/** Confirms the address a valid link names (idempotent); says what the link stands for now. */
export function confirmAddress(token: unknown, now = Date.now()): ConfirmState {
  const found = resolve(token, now);
  if (found?.check !== 'valid' || found.target.confirmed) return stateOf(found);
  confirmEmail(found.target.email, new Date(now));
  return stateOf({ ...found, target: { ...found.target, confirmed: true } });
}
