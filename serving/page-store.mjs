// The page cache's store, shared by Next's cacheHandler (page-cache-handler.mjs) and the server's
// fast path for cached pages (fast-path.mjs). Plain JavaScript: loaded outside Next's bundle.
import { gzipSync } from 'node:zlib';
import { hashPolicy } from './csp.mjs';
import { heldBytes } from './held-bytes.mjs';
import {
  areTagsExpired,
  etagOf,
  isPageValue,
  pagePathOfKey,
  TAGS_HEADER,
} from './next-internals.mjs';

const CSP = 'content-security-policy';

/**
 * An entry, with what the fast path sends made once, when it is stored: the UTF-8 bytes, their
 * gzip and Next's ETag for them (so a hit from either path sends the same validator).
 * @typedef {{ raw: Buffer; gzip: Buffer; etag: string }} Body
 * @typedef {{ value: any; lastModified: number; size: number; path: string | null;
 *   cacheControl?: { revalidate?: number | false; expire?: number }; body: Body | null }} Entry
 */

/** Gives a cached page its hash-based policy (once: the headers object is stored with the entry). */
export function withPolicy(value) {
  if (isPageValue(value)) {
    value.headers ??= {};
    if (!value.headers[CSP]) value.headers[CSP] = hashPolicy(value.html);
  }
  return value;
}

function bodyOf(value) {
  const raw = Buffer.from(value.html);
  return { raw, gzip: gzipSync(raw), etag: etagOf(value.html) };
}

/**
 * A bounded, least-recently-used store. `maxBytes` bounds what entries really hold (heldBytes:
 * HTML string, RSC data, headers, the bytes and gzip the fast path sends), not an estimate.
 * @param {number} maxBytes
 * @param {{ dataVersion?: () => number | undefined; now?: () => number }} [hooks]
 */
export function createStore(maxBytes, hooks = {}) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** @type {Map<string, string>} */
  const byPath = new Map();
  let bytes = 0;
  let seenVersion;
  // The next scheduled post's time: every page stored before it is out of date from then on.
  let expiresAt = Infinity;
  const now = () => hooks.now?.() ?? Date.now();

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.size;
    entries.delete(key);
    if (entry.path && byPath.get(entry.path) === key) byPath.delete(entry.path);
  }

  function clear() {
    entries.clear();
    byPath.clear();
    bytes = 0;
    expiresAt = Infinity;
  }

  /** Drops everything when another process wrote to the database, or a scheduled post is due. */
  function dropOutdated() {
    if (now() >= expiresAt) clear();
    const version = hooks.dataVersion?.();
    if (version === undefined || version === seenVersion) return;
    if (seenVersion !== undefined) clear();
    seenVersion = version;
  }

  /**
   * The live entry for `key`, or null. Expired by a tag (revalidatePath/revalidateTag) means
   * gone: Next itself checks tags only while an entry is fresh by age and would serve an older
   * one stale; its own file-system handler drops such entries too.
   * @returns {Entry | null}
   */
  function lookup(key) {
    dropOutdated();
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = entry.value?.headers?.[TAGS_HEADER];
    if (typeof tags === 'string' && areTagsExpired(tags.split(','), entry.lastModified)) {
      remove(key);
      return null;
    }
    // Least recently used goes first: re-insert at the end.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  function save(key, data, cacheControl) {
    dropOutdated();
    remove(key);
    const value = withPolicy(data);
    const path = isPageValue(value) ? pagePathOfKey(key) : null;
    const entry = { value, lastModified: now(), size: 0, path, cacheControl, body: null };
    if (path) entry.body = bodyOf(value);
    entry.size = heldBytes(entry) + heldBytes(key) + (path ? heldBytes(path) : 0);
    if (entry.size > maxBytes / 4) return;
    entries.set(key, entry);
    if (path) byPath.set(path, key);
    bytes += entry.size;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  }

  return {
    lookup,
    save,
    clear,
    /** The live cached page for a URL path, for the server's fast path. */
    lookupPath: (path) => (byPath.has(path) ? lookup(byPath.get(path)) : null),
    /** Pages stored from now on are out of date at `at` (ms), and so is every page before them. */
    expireAt: (at) => void (expiresAt = Math.min(expiresAt, at)),
    /** What is held, for tests and the start-up contract check. */
    inspect: () => ({ bytes, entries: [...entries] }),
  };
}
