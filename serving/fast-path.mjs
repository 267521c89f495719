// Answers GETs of cached public pages straight from the page store, before Next's router: a hit
// then costs about what sending a static file costs. Anything else, or anything in doubt, goes on
// to Next (which would answer it from the same store, only slower).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from './headers.mjs';
import { lookupPath, TAGS } from './page-store.mjs';

// Requests Next answers differently from the same URL: client navigations and prefetches (RSC),
// server actions, anything with a body or a query string (rewrites, search, ?replyto=).
const NEXT_ONLY = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'content-type',
];
const VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** The cache headers Next sends with the same entry (getCacheControlHeader). */
function cacheControl({ revalidate, expire } = {}) {
  if (typeof revalidate !== 'number' || revalidate <= 0) return null;
  return expire && expire > revalidate
    ? `s-maxage=${revalidate}, stale-while-revalidate=${expire - revalidate}`
    : `s-maxage=${revalidate}`;
}

/** An entry Next would still call fresh: within its revalidate time (an older one is Next's to refresh). */
function freshEntry(path) {
  const entry = lookupPath(path);
  const revalidate = entry?.cacheControl?.revalidate;
  if (!entry || typeof entry.value?.html !== 'string' || typeof revalidate !== 'number')
    return null;
  return Date.now() - entry.lastModified < revalidate * 1000 ? entry : null;
}

/**
 * Sends the cached page for `req` and returns true, or returns false and sends nothing.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function serveCached(req, res) {
  if (
    (req.method !== 'GET' && req.method !== 'HEAD') ||
    !req.url ||
    req.url.includes('?') ||
    req.url.includes('%')
  )
    return false;
  if (NEXT_ONLY.some((h) => req.headers[h] !== undefined)) return false;
  const entry = freshEntry(req.url);
  const control = entry && cacheControl(entry.cacheControl);
  if (!entry || !control) return false;
  entry.etag ??= `"${createHash('sha1').update(entry.value.html).digest('base64url').slice(0, 20)}"`;
  const headers = { ...SECURITY_HEADERS };
  for (const [name, value] of Object.entries(entry.value.headers ?? {}))
    if (name !== TAGS && value !== undefined) headers[name] = value;
  Object.assign(headers, {
    'cache-control': control,
    vary: VARY,
    etag: entry.etag,
    'content-type': 'text/html; charset=utf-8',
    'x-nextjs-cache': 'HIT',
  });
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, headers).end();
    return true;
  }
  // Encoded once per entry, like the gzip below: a 500 KB page re-encoded per request cost ~20 %.
  entry.raw ??= Buffer.from(entry.value.html);
  let body = entry.raw;
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    entry.gzip ??= gzipSync(entry.raw);
    body = entry.gzip;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(entry.value.status ?? 200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
