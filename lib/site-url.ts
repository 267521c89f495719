import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/** Absolute base URL: SITE_URL when set (production), else the request's own host. */
export async function siteUrl(): Promise<string> {
  const configured = env().SITE_URL;
  if (configured) return configured.replace(/\/$/, '');
  const h = await headers();
  const host = h.get('host') ?? 'localhost:3000';
  const proto = env().TRUST_PROXY === '1' ? (h.get('x-forwarded-proto') ?? 'http') : 'http';
  return `${proto}://${host}`;
}
