import 'server-only';
import { env } from '@/lib/env';

/**
 * Whether a request may write: browsers label cross-site requests (Sec-Fetch-Site, Origin), and
 * those must come from this site. Clients that send neither (curl, other servers) are not
 * browsers, so they carry no one else's cookies and are let through.
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
  const ours = (env().TRUST_PROXY === '1' ? headers.get('x-forwarded-host') : null) ?? headers.get('host');
  return host === ours;
}
