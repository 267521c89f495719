import 'server-only';
import { createHmac } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';

/**
 * The client's address. `next start` appends the socket address to X-Forwarded-For, so without a
 * trusted proxy the last entry is the only one a client cannot forge; behind one (TRUST_PROXY=1)
 * the first entry is the client as the proxy saw it.
 */
export function clientIp(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const ip = env().TRUST_PROXY === '1' ? entries[0] : entries.at(-1);
  return ip ?? headers.get('x-real-ip') ?? 'unknown';
}

/** A keyed hash of the address: enough to rate-limit and group, useless if the database leaks. */
export function ipHash(headers: Headers): string {
  return createHmac('sha256', authSecret()).update(clientIp(headers)).digest('hex').slice(0, 32);
}
