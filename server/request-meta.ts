import 'server-only';
import { createHmac } from 'node:crypto';
import { authSecret } from '@/server/auth/secret';
import { env } from '@/lib/env';

/** The client key of every request that comes straight to `next start`, whatever it claims. */
export const DIRECT_CLIENT = 'direct';

/** Whether a proxy in front of us is trusted (TRUST_PROXY=1): without one, clients cannot be told apart. */
export const proxyTrusted = (): boolean => env().TRUST_PROXY === '1';

/**
 * Which client sent the request: the one rule behind every per-client limit (sign-in, comments).
 *
 * `next start` fills X-Forwarded-For from the socket only when the request has none (it neither
 * appends nor overwrites), and nothing else in a route handler or server action can see the
 * socket. So without a trusted proxy (TRUST_PROXY=0) any forwarded header may be the client's own
 * invention, and every direct client is the same one: per-client limits are then global. With
 * TRUST_PROXY=1 the proxy in front appends the address it saw, so the last entry is the one
 * nearest to us and cannot be forged; earlier entries are whatever the client wrote.
 */
export function clientAddress(headers: Headers, trustProxy = proxyTrusted()): string {
  if (!trustProxy) return DIRECT_CLIENT;
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.at(-1) ?? DIRECT_CLIENT;
}

/** A keyed hash of the client: enough to rate-limit and group, useless if the database leaks. */
export function ipHash(headers: Headers): string {
  return createHmac('sha256', authSecret())
    .update(clientAddress(headers))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Whether a request may write: browsers label cross-site requests (Sec-Fetch-Site, Origin), and
 * those must come from this site. Clients that send neither (curl, other servers) are not
 * browsers, so they carry no one else's cookies and are let through. Every state-changing route
 * handler asks this first (server actions get the same check from Next).
 */
export function isSameOrigin(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = headers.get('origin');
  if (origin === null) return true;
  if (!URL.canParse(origin)) return false;
  const { host, origin: normalized } = new URL(origin);
  const configured = env().SITE_URL;
  if (configured && normalized === new URL(configured).origin) return true;
  const ours = (proxyTrusted() ? headers.get('x-forwarded-host') : null) ?? headers.get('host');
  return host === ours;
}

/** The 403 a route handler answers to a cross-site write. */
export const crossOriginRefusal = () =>
  Response.json(
    { error: 'crossOrigin' },
    { status: 403, headers: { 'cache-control': 'no-store' } },
  );
