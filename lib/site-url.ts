import { env } from '@/lib/env';

export const SITE_URL_MISSING = [
  'SITE_URL is not set. A production server needs the public address of the blog, for example',
  '  SITE_URL=https://blog.example',
  'Feeds, the sitemap, canonical and share links are built from it, never from the Host header a',
  'client sends. (`npm start` sets it to http://localhost:PORT for the local demo.)',
].join('\n');

/** Serving in production: `next start`, not `next build` (which renders nothing that needs it). */
const servingProduction = () =>
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build';

/**
 * The blog's public origin, the base of every absolute URL the site writes. It comes from
 * SITE_URL only, so a request's Host header can never reach a cached feed or page. Development
 * and tests fall back to this machine's address; a production server refuses to start without it.
 */
export function siteUrl(): string {
  const configured = env().SITE_URL;
  if (configured) return configured;
  if (servingProduction()) throw new Error(SITE_URL_MISSING);
  return `http://localhost:${process.env.PORT || 3000}`;
}
