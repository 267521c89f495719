import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/server/auth/secret';

const TOKEN = /^([1-9][0-9]{0,14})\.([A-Za-z0-9_-]{43})$/;

const emailHash = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

// Over the comment id and its author's address: a link stays valid for that comment only, and a
// reused id (a deleted comment's) with another address does not match.
const signature = (commentId: number, email: string) =>
  createHmac('sha256', authSecret())
    .update(`unsubscribe:${commentId}:${emailHash(email)}`)
    .digest('base64url');

/** The token of an unsubscribe link: `<comment id>.<HMAC>`, no address in it. */
export function unsubscribeToken(commentId: number, email: string): string {
  return `${commentId}.${signature(commentId, email)}`;
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
  const given = Buffer.from(match[2]!);
  const expected = Buffer.from(signature(commentId, email));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
