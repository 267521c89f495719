// What HTTP caches in front (Varnish, Fastly, Cloudflare) need to drop a page when it changes: each
// publicly cacheable answer names its keys in `xkey` (Varnish xkey), `Surrogate-Key` (Fastly,
// Varnish) and `Cache-Tag` (Cloudflare). The app purges `all` on every public change, because
// every public page shows the latest posts and comments in its sidebar (server/reader-cache.ts
// expires all of them the same way); the finer keys let an operator purge one post by hand.
// With purging on (PURGE_URLS), `EDGE_MAX_AGE` lets caches keep pages that long (s-maxage).

/** The one key every public answer carries, and the only one the app purges today. */
export const ALL = 'all';

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;
const NOT_PUBLIC = /^\/(?:_next|media)(?:\/|$)|^\/api(?:$|\/(?!posts\/[^/]+\/comments$))/;

/** `<kind>-<slug>` when the slug is plain (keys go into headers and Varnish regexes); else none. */
const slugKey = (kind, slug) => (slug && SLUG.test(slug) ? [`${kind}-${slug}`] : []);

/** The keys of the page, feed or sitemap at `pathname` (no query), or [] for anything else. */
export function edgeKeys(pathname) {
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || NOT_PUBLIC.test(pathname))
    return [];
  const parts = pathname.split('/').filter(Boolean);
  const feed = parts.at(-1) === 'feed.xml' ? ['feeds'] : [];
  if (parts[0] === 'api') return [ALL, ...slugKey('comments', parts[2])];
  if (parts[0] === 'sitemap.xml') return [ALL, 'sitemap'];
  if (!parts.length || !LOCALE.test(parts[0])) return [ALL];
  const [, section, slug] = parts;
  if (!section || section === 'page') return [ALL, 'home'];
  if (section === 'posts') return [ALL, ...slugKey('post', slug), ...slugKey('comments', slug)];
  if (section === 'categories') return [ALL, ...slugKey('category', slug), ...feed];
  if (section === 'tags') return [ALL, ...slugKey('tag', slug), ...feed];
  if (section === 'archives') return [ALL, 'archives'];
  return [ALL, ...feed, ...(section === 'comments' ? ['comments'] : [])];
}

/** The three spellings of one key list. */
export function keyHeaders(keys) {
  return { xkey: keys.join(' '), 'surrogate-key': keys.join(' '), 'cache-tag': keys.join(',') };
}

/** `EDGE_MAX_AGE` seconds when purging is configured, else null (checked again by lib/env.ts). */
export function edgeMaxAge(env = process.env) {
  if (!env.PURGE_URLS || !/^\d{1,8}$/.test(env.EDGE_MAX_AGE ?? '')) return null;
  const seconds = Number(env.EDGE_MAX_AGE);
  return seconds >= 1 ? seconds : null;
}

/** The Cache-Control caches in front see: a longer s-maxage when purging keeps them right. */
export function edgeCacheControl(value, maxAge) {
  return maxAge ? value.replace(/s-maxage=\d+/, `s-maxage=${maxAge}`) : value;
}

const CACHE_CONTROL = 'cache-control';
const findKey = (headers, name) =>
  headers && typeof headers === 'object' && !Array.isArray(headers)
    ? Object.keys(headers).find((k) => k.toLowerCase() === name)
    : undefined;

/**
 * Wraps `res.writeHead` (Node calls it for implicit headers too, and the fast path calls it with
 * its own headers) so every answer a shared cache may keep (`s-maxage`) carries its keys.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function tagForEdge(req, res, maxAge = edgeMaxAge()) {
  const keys = edgeKeys((req.url ?? '').split('?')[0]);
  if (!keys.length) return res;
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const given = rest.find((arg) => typeof arg === 'object');
    const key = findKey(given, CACHE_CONTROL);
    const control = String((key ? given[key] : res.getHeader(CACHE_CONTROL)) ?? '');
    if (/s-maxage=\d+/.test(control)) {
      for (const [name, value] of Object.entries(keyHeaders(keys))) res.setHeader(name, value);
      if (key) given[key] = edgeCacheControl(control, maxAge);
      else res.setHeader(CACHE_CONTROL, edgeCacheControl(control, maxAge));
    }
    return writeHead.call(this, status, ...rest);
  };
  return res;
}
