// Every Next.js internal the page cache relies on, in one place (see docs/page-cache.md). Next
// documents the cacheHandler methods, not what flows through them: the key format, the entry
// shape, the tags header, its ETag function and its request header names are all read here and
// checked by checkPageEntry() — against a real render at start-up (serve.mjs) and in unit tests.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const {
  tagsManifest,
  areTagsExpired,
} = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
const { generateETag } = require('next/dist/server/lib/etag.js');

/** Where Next keeps an entry's tags among the headers it stores with it. */
export const TAGS_HEADER = 'x-next-cache-tags';

/**
 * Request headers with which Next answers the same URL with other bytes (client navigations and
 * prefetches get RSC payloads) or runs a server action: the fast path leaves these to Next.
 */
export const NEXT_VARIANT_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
];

/** The Vary header Next sends with a page (the fast path sends the same). */
export const NEXT_VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** Request headers Next writes into a render (a script nonce), never sent by a real reader. */
export const RENDER_CHANGING_HEADERS = [
  'content-security-policy',
  'content-security-policy-report-only',
];

export { tagsManifest, areTagsExpired };

/** Next's ETag for a payload, so a hit from the fast path and one from Next say the same. */
export const etagOf = (html) => generateETag(html);

const ROUTE_KEY = /^\/route-cache\/APP_PAGE\/[^/]+\/\$(\/.*)$/;

/** The URL path of a page's cache key (`/route-cache/APP_PAGE/<id>/$/en/posts/a`), or null. */
export function pagePathOfKey(key) {
  return ROUTE_KEY.exec(key)?.[1] ?? null;
}

/** Whether a cached value is a rendered page: HTML, and headers where the policy goes. */
export const isPageValue = (value) =>
  value?.kind === 'APP_PAGE' &&
  typeof value.html === 'string' &&
  (value.headers === undefined || typeof value.headers === 'object');

/**
 * What a real render of `path` must look like for the fast path and the hash policy to be safe:
 * the key names the path, the entry is a page with its tags, and Next's response carried the
 * policy we attached and the ETag we would compute. Returns the broken assumptions (none: []).
 * @param {{ path: string; key: string | undefined; value: any; response: Record<string, string | undefined> }} seen
 */
export function checkPageEntry({ path, key, value, response }) {
  const problems = [];
  if (key === undefined) return [`no cache entry was stored for ${path}`];
  if (pagePathOfKey(key) !== path) problems.push(`cache key ${key} does not name ${path}`);
  if (!isPageValue(value)) return [...problems, `entry for ${path} is not {kind: APP_PAGE, html}`];
  if (typeof value.headers?.[TAGS_HEADER] !== 'string')
    problems.push(`entry has no ${TAGS_HEADER} header`);
  const policy = value.headers?.['content-security-policy'];
  if (!policy || response['content-security-policy'] !== policy)
    problems.push('the response did not carry the policy stored with the entry');
  if (response.etag !== etagOf(value.html))
    problems.push(`Next's ETag ${response.etag} is not etagOf(html) ${etagOf(value.html)}`);
  if (!response['x-nextjs-cache']) problems.push('the response has no x-nextjs-cache header');
  if (response.vary !== NEXT_VARY) problems.push(`Next's Vary is now ${response.vary}`);
  return problems;
}
