// Answers GETs of cached public pages straight from the page store, before Next's router: a hit
// then costs about what sending a static file costs. Anything else, or anything in doubt, goes on
// to Next (which would answer it from the same store, only slower).
import { SECURITY_HEADERS } from './headers.mjs';
import { acceptsGzip, noneMatchHits } from './http.mjs';
import { NEXT_VARIANT_HEADERS, NEXT_VARY, TAGS_HEADER } from './next-internals.mjs';
import { serving } from './state.mjs';

/** The cache headers Next sends with the same entry (getCacheControlHeader). */
function cacheControl({ revalidate, expire } = {}) {
  if (typeof revalidate !== 'number' || revalidate <= 0) return null;
  return expire && expire > revalidate
    ? `s-maxage=${revalidate}, stale-while-revalidate=${expire - revalidate}`
    : `s-maxage=${revalidate}`;
}

/** An entry Next would still call fresh: within its revalidate time (an older one is Next's to refresh). */
function freshEntry(path) {
  const entry = serving.store.lookupPath(path);
  const revalidate = entry?.cacheControl?.revalidate;
  if (!entry?.body || typeof revalidate !== 'number') return null;
  return Date.now() - entry.lastModified < revalidate * 1000 ? entry : null;
}

/** Whether Next would answer this request with other bytes than the cached document. */
const forNext = (req) =>
  (req.method !== 'GET' && req.method !== 'HEAD') ||
  !req.url ||
  req.url.includes('?') ||
  req.url.includes('%') ||
  req.headers['content-type'] !== undefined ||
  NEXT_VARIANT_HEADERS.some((h) => req.headers[h] !== undefined);

/**
 * Sends the cached page for `req` and returns true, or returns false and sends nothing.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function serveCached(req, res) {
  if (!serving.fastPath || forNext(req)) return false;
  const entry = freshEntry(req.url);
  const control = entry && cacheControl(entry.cacheControl);
  if (!entry?.body || !control) return false;
  const { raw, gzip, etag } = entry.body;
  const headers = { ...SECURITY_HEADERS };
  for (const [name, value] of Object.entries(entry.value.headers ?? {}))
    if (name !== TAGS_HEADER && value !== undefined) headers[name] = value;
  Object.assign(headers, {
    'cache-control': control,
    vary: NEXT_VARY,
    etag,
    'content-type': 'text/html; charset=utf-8',
    'x-nextjs-cache': 'HIT',
  });
  // RFC 9110 §13.2.2: If-None-Match decides; If-Modified-Since is ignored when it is present.
  if (noneMatchHits(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers).end();
    return true;
  }
  const zipped = acceptsGzip(req.headers['accept-encoding']);
  const body = zipped ? gzip : raw;
  if (zipped) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.length);
  res.writeHead(entry.value.status ?? 200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
