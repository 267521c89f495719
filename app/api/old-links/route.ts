import type { NextRequest } from 'next/server';
import { findRedirect } from '@/db/queries/redirects';
import { getSettings } from '@/db/queries/settings';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { isLocalTarget, locationHeader, normalizeOldPath } from '@/lib/redirects/path';

// Old links of an imported blog, sent here by proxy.ts: read per request (a short table lookup).
export const dynamic = 'force-dynamic';

const notFound = () =>
  new Response('Not found.', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

/**
 * 301 to where the old address leads now: a post's current URL in the blog's default language
 * (its page decides who may read it), or a path of this site. Public: the table holds only
 * addresses, no text. Never another origin: the location is a checked local path.
 */
export function GET(request: NextRequest) {
  const key = normalizeOldPath(request.nextUrl.searchParams.get('path') ?? '');
  const target = key ? findRedirect(key) : null;
  if (!target) return notFound();
  const language = getSettings().defaultLanguage;
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const location =
    'post' in target ? `/${locale}/posts/${encodeURIComponent(target.post)}` : target.path;
  const header = isLocalTarget(location) ? locationHeader(location) : null;
  if (!header) return notFound();
  return new Response(null, {
    status: 301,
    // A day, not forever: the owner may still edit the table.
    headers: { location: header, 'cache-control': 'public, max-age=86400' },
  });
}
