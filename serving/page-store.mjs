// The page cache's store, shared by Next's cacheHandler (page-cache-handler.mjs) and the server's
// fast path for cached pages (fast-path.mjs). Plain JavaScript: loaded outside Next's bundle.
import { createRequire } from 'node:module';
import { hashPolicy } from './csp.mjs';
import { isPastUntil } from './until-tag.mjs';

const require = createRequire(import.meta.url);
const {
  areTagsExpired,
} = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const MAX_BYTES = Number(process.env.PAGE_CACHE_MB || 64) * 1024 * 1024;
const DATA_VERSION = Symbol.for('taiyaku.dataVersion');
const CSP = 'content-security-policy';
export const TAGS = 'x-next-cache-tags';

/**
 * @typedef {{ value: any; lastModified: number; size: number; path: string | null;
 *   cacheControl?: { revalidate?: number | false; expire?: number }; raw?: Buffer; gzip?: Buffer; etag?: string }} Entry
 */

// Next may load these modules more than once in one server (each copy constructs handlers), so
// the entries live on globalThis: every copy, and the app's expirePublicPages(), see one store.
/** @type {{ entries: Map<string, Entry>; byPath: Map<string, string>; bytes: number; seenVersion?: number }} */
const store = (globalThis[Symbol.for('taiyaku.pageCache')] ??= {
  entries: new Map(),
  byPath: new Map(),
  bytes: 0,
  seenVersion: undefined,
});

const sizeOf = (value) => {
  if (!value) return 64;
  if (value.kind === 'APP_PAGE') {
    // The HTML twice: the string, and the encoded copy the fast path keeps to send.
    let size = 2 * value.html.length + (value.rscData?.length ?? 0);
    for (const [, buffer] of value.segmentData ?? []) size += buffer.length;
    return size;
  }
  if (value.kind === 'APP_ROUTE') return value.body?.length ?? 0;
  return JSON.stringify(value).length;
};

/** The page's URL path in a route cache key (`/route-cache/APP_PAGE/<id>/$/en/posts/a`), if any. */
const pathOf = (key, value) =>
  value?.kind === 'APP_PAGE' && key.includes('/$/') ? key.slice(key.indexOf('/$/') + 2) : null;

function remove(key) {
  const entry = store.entries.get(key);
  if (!entry) return;
  store.bytes -= entry.size;
  store.entries.delete(key);
  if (entry.path && store.byPath.get(entry.path) === key) store.byPath.delete(entry.path);
}

export function clear() {
  store.entries.clear();
  store.byPath.clear();
  store.bytes = 0;
}

/** Drops everything when another process has written to the database since the last look. */
function noticeOutsideWrites() {
  const version = globalThis[DATA_VERSION]?.();
  if (version === undefined || version === store.seenVersion) return;
  if (store.seenVersion !== undefined) clear();
  store.seenVersion = version;
}

/** Gives a cached page its hash-based policy (once: the headers object is stored with the entry). */
function withPolicy(value) {
  if (value?.kind === 'APP_PAGE' && typeof value.html === 'string') {
    value.headers ??= {};
    if (!value.headers[CSP]) value.headers[CSP] = hashPolicy(value.html);
  }
  return value;
}

/**
 * The live entry for `key`, or null. Expired by a tag (revalidatePath/revalidateTag) or by the
 * next scheduled post's time means gone: Next itself checks tags only while an entry is fresh by
 * age and would serve an older one stale; its own file-system handler drops such entries too.
 * @returns {Entry | null}
 */
export function lookup(key) {
  noticeOutsideWrites();
  const entry = store.entries.get(key);
  if (!entry) return null;
  const tags = entry.value?.headers?.[TAGS];
  if (
    isPastUntil(tags, Date.now()) ||
    (typeof tags === 'string' && areTagsExpired(tags.split(','), entry.lastModified))
  ) {
    remove(key);
    return null;
  }
  // Least recently used goes first: re-insert at the end.
  store.entries.delete(key);
  store.entries.set(key, entry);
  entry.value = withPolicy(entry.value);
  return entry;
}

/** The live cached page for a URL path, for the server's fast path. */
export const lookupPath = (path) => {
  const key = store.byPath.get(path);
  return key ? lookup(key) : null;
};

export function save(key, data, cacheControl) {
  noticeOutsideWrites();
  remove(key);
  const value = withPolicy(data);
  const size = sizeOf(value) + key.length;
  if (size > MAX_BYTES / 4) return;
  const path = pathOf(key, value);
  store.entries.set(key, { value, lastModified: Date.now(), size, path, cacheControl });
  if (path) store.byPath.set(path, key);
  store.bytes += size;
  for (const oldest of store.entries.keys()) {
    if (store.bytes <= MAX_BYTES) break;
    remove(oldest);
  }
}
