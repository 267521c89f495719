import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/server/auth/secret';
import { env } from '@/lib/env';
import { commentSchema } from '@/lib/validations/comment';

/** Ids of the reader's own comments, signed, so they alone see them while they await moderation. */
export const OWN_COMMENTS_COOKIE = 'taiyaku-own-comments';
/** Name and email saved by the "remember me" checkbox, to fill the form next time. */
export const COMMENTER_COOKIE = 'taiyaku-commenter';
const MAX_OWN = 30;
const YEAR = 31_536_000;

const signature = (payload: string) =>
  createHmac('sha256', authSecret()).update(`own-comments:${payload}`).digest('base64url');

export const cookieOptions = (maxAge: number) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  path: '/',
  secure: env().SITE_URL?.startsWith('https:') ?? false,
  maxAge,
});

/** The ids in a signed cookie value; a forged or damaged value reads as none. */
export function readOwnIds(value: string | undefined): number[] {
  const [payload = '', sig = ''] = (value ?? '').split('.');
  if (!/^\d+(-\d+)*$/.test(payload)) return [];
  const expected = Buffer.from(signature(payload));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return [];
  return payload.split('-').map(Number);
}

/** The cookie value with `id` added (newest kept when it grows too long). */
export function withOwnId(value: string | undefined, id: number): string {
  const ids = [...readOwnIds(value).filter((i) => i !== id), id].slice(-MAX_OWN);
  const payload = ids.join('-');
  return `${payload}.${signature(payload)}`;
}

export function commenterValue(name: string, email: string): string {
  return Buffer.from(JSON.stringify({ name, email })).toString('base64url');
}

/** The remembered name and email, checked against the form's own rules; anything else is ignored. */
export function readCommenter(value: string | undefined): { name: string; email: string } | null {
  if (!value) return null;
  try {
    const parsed = commentSchema
      .pick({ name: true, email: true })
      .safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const COOKIE_AGE = { own: 30 * 86_400, commenter: YEAR };
