import 'server-only';
import { createHmac } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

/**
 * The client's address: the last X-Forwarded-For entry. `next start` fills the header from the
 * socket only when the request has none (it neither appends nor overwrites), and a proxy such as
 * nginx appends the address it saw, so the last entry is the one nearest to us; earlier entries
 * are whatever the client wrote. With TRUST_PROXY=1 (one proxy in front that sets or appends the
 * header) the address cannot be forged. Without a proxy a client that sends its own header
 * chooses its address: nothing in a route handler can see the socket then.
 */
export function clientIp(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return entries.at(-1) ?? headers.get('x-real-ip') ?? 'unknown';
}

/** A keyed hash of the address: enough to rate-limit and group, useless if the database leaks. */
export function ipHash(headers: Headers): string {
  return createHmac('sha256', authSecret()).update(clientIp(headers)).digest('hex').slice(0, 32);
}
