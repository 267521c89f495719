import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { emailHash } from '@/db/queries/email-confirmations';
import { authSecret } from '@/server/auth/secret';

// The one signer of every link in a mail: an HMAC with the auth secret over a purpose and the
// parts the link stands for, so a token made for one purpose never passes for another.
const sign = (purpose: 'unsubscribe' | 'confirm', parts: Array<string | number>) =>
  createHmac('sha256', authSecret())
    .update([purpose, ...parts].join(':'))
    .digest('base64url');

const sameSignature = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

const TOKEN = /^([1-9][0-9]{0,14})\.([A-Za-z0-9_-]{43})$/;

// Over the comment id and its author's address: a link stays valid for that comment only, and a
// reused id (a deleted comment's) with another address does not match.
const unsubscribeSignature = (commentId: number, email: string) =>
  sign('unsubscribe', [commentId, emailHash(email)]);

/** The token of an unsubscribe link: `<comment id>.<HMAC>`, no address in it. */
export function unsubscribeToken(commentId: number, email: string): string {
  return `${commentId}.${unsubscribeSignature(commentId, email)}`;
}

/** The comment id a token names, before its signature is checked; null when it is malformed. */
export function tokenCommentId(token: unknown): number | null {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  return match ? Number(match[1]) : null;
}

/** Whether `token` was made by unsubscribeToken for this comment and address. */
export function verifyUnsubscribeToken(token: string, commentId: number, email: string): boolean {
  const match = TOKEN.exec(token);
  if (!match || Number(match[1]) !== commentId) return false;
  return sameSignature(match[2]!, unsubscribeSignature(commentId, email));
}

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 7 * 86_400_000;
const CONFIRM = /^([1-9][0-9]{0,14})\.([1-9][0-9]{0,12})\.([A-Za-z0-9_-]{43})$/;

// The expiry is signed too: editing it in the link breaks the signature.
const confirmSignature = (commentId: number, email: string, expires: number) =>
  sign('confirm', [commentId, emailHash(email), expires]);

/** The token of a confirmation link: `<comment id>.<expiry, epoch seconds>.<HMAC>`, no address. */
export function confirmToken(commentId: number, email: string, now = Date.now()): string {
  const expires = Math.floor((now + CONFIRM_TTL_MS) / 1000);
  return `${commentId}.${expires}.${confirmSignature(commentId, email, expires)}`;
}

/** The comment id a confirmation token names, before its signature is checked. */
export function confirmTokenCommentId(token: unknown): number | null {
  const match = typeof token === 'string' ? CONFIRM.exec(token) : null;
  return match ? Number(match[1]) : null;
}

export type ConfirmCheck = 'valid' | 'expired' | 'invalid';

/** A genuine token for this comment and address is valid until its expiry, then expired. */
export function verifyConfirmToken(
  token: string,
  commentId: number,
  email: string,
  now = Date.now(),
): ConfirmCheck {
  const match = CONFIRM.exec(token);
  if (!match || Number(match[1]) !== commentId) return 'invalid';
  const expires = Number(match[2]);
  if (!sameSignature(match[3]!, confirmSignature(commentId, email, expires))) return 'invalid';
  return now < expires * 1000 ? 'valid' : 'expired';
}
