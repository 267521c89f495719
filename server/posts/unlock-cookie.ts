import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/server/auth/secret';
import { cookieOptions } from '@/server/comments/cookies';

/** One cookie per post, so unlocking one post opens no other. */
export const unlockCookieName = (postId: number) => `taiyaku-unlock-${postId}`;
const DAYS_10 = 10 * 86_400;

type Locked = { id: number; passwordHash: string | null };

// The password's hash is signed in: a new password makes every older cookie worthless.
const signature = (post: Locked, expires: number) =>
  createHmac('sha256', authSecret())
    .update(`unlock:${post.id}:${expires}:${post.passwordHash ?? ''}`)
    .digest('base64url');

/** A signed value that opens `post` until it expires (10 days, as WordPress keeps it). */
export function unlockValue(post: Locked, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + DAYS_10;
  return `${expires}.${signature(post, expires)}`;
}

export const unlockCookieOptions = () => cookieOptions(DAYS_10);

/** Whether the cookie opens this post now; a forged, expired or older-password value does not. */
export function opensPost(post: Locked, value: string | undefined, now = Date.now()): boolean {
  if (!post.passwordHash || !value) return false;
  const [expiresText = '', sig = ''] = value.split('.');
  if (!/^\d{1,12}$/.test(expiresText)) return false;
  const expires = Number(expiresText);
  if (expires * 1000 <= now) return false;
  const expected = Buffer.from(signature(post, expires));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
