// Next's incremental cache for this app (next.config.mjs `cacheHandler`): public pages, feeds and
// unstable_cache data, in memory only. Loaded by Next's server as plain JavaScript.
//
// Why our own handler and not Next's file-system one:
// - Cached pages carry a hash-based CSP: the hashes of the page's own inline scripts are added to
//   the entry's headers when it is stored (Next sends those headers with every hit, and the first
//   render is answered from the same entry object after `set` returns).
// - Nothing outlives the process: a restored or re-seeded database never meets old pages.
// - A page tagged `until:<ms>` (the next scheduled post's time) is dropped from that time on.
// - Writes by another process (the import and user CLIs, a test arranging data) are noticed through
//   SQLite's `PRAGMA data_version` on the server's own connection, and drop every entry.
import { createRequire } from 'node:module';
import { hashPolicy } from './csp.mjs';
import { isPastUntil } from './until-tag.mjs';

const require = createRequire(import.meta.url);
const { tagsManifest, areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const MAX_BYTES = Number(process.env.PAGE_CACHE_MB || 64) * 1024 * 1024;
const DATA_VERSION = Symbol.for('taiyaku.dataVersion');
const CSP = 'content-security-policy';

// Next may load this module more than once in one server (each copy constructs handlers), so the
// entries live on globalThis: every copy, and the app's expirePublicPages(), see the same store.
/** @type {{ entries: Map<string, { value: any; lastModified: number; size: number }>; bytes: number; seenVersion?: number }} */
const store = (globalThis[Symbol.for('taiyaku.pageCache')] ??= { entries: new Map(), bytes: 0, seenVersion: undefined });
const { entries } = store;

const sizeOf = (value) => {
  if (!value) return 64;
  if (value.kind === 'APP_PAGE') {
    let size = value.html.length + (value.rscData?.length ?? 0);
    for (const [, buffer] of value.segmentData ?? []) size += buffer.length;
    return size;
  }
  if (value.kind === 'APP_ROUTE') return value.body?.length ?? 0;
  return JSON.stringify(value).length;
};

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  store.bytes -= entry.size;
  entries.delete(key);
}

function clear() {
  entries.clear();
  store.bytes = 0;
}

// Called by the app (lib/reader-cache.ts) inside the request that changed public content: Next
// runs a server action's revalidatePath only after its answer has started streaming, so a reader
// could still be served the old page right after the moderator saw "approved".
globalThis[Symbol.for('taiyaku.expirePublicPages')] = clear;

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

export default class PageCacheHandler {
  async get(key) {
    noticeOutsideWrites();
    const entry = entries.get(key);
    if (!entry) return null;
    // Expired by a tag (revalidatePath/revalidateTag) or by the next scheduled post's time: render
    // again before answering. Next itself checks tags only while an entry is fresh by age, and
    // would serve an older one stale; its own file-system handler drops such entries here too.
    const tags = entry.value?.headers?.['x-next-cache-tags'];
    if (isPastUntil(tags, Date.now()) || (typeof tags === 'string' && areTagsExpired(tags.split(','), entry.lastModified))) {
      remove(key);
      return null;
    }
    // Least recently used goes first: re-insert at the end.
    entries.delete(key);
    entries.set(key, entry);
    return { value: withPolicy(entry.value), lastModified: entry.lastModified };
  }

  async set(key, data) {
    noticeOutsideWrites();
    remove(key);
    const value = withPolicy(data);
    const size = sizeOf(value) + key.length;
    if (size > MAX_BYTES / 4) return;
    entries.set(key, { value, lastModified: Date.now(), size });
    store.bytes += size;
    for (const oldest of entries.keys()) {
      if (store.bytes <= MAX_BYTES) break;
      remove(oldest);
    }
  }

  /** Same bookkeeping as Next's own handlers: Next checks the manifest against lastModified. */
  async revalidateTag(tags, durations) {
    const now = Date.now();
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      const existing = tagsManifest.get(tag) ?? {};
      if (!durations) tagsManifest.set(tag, { ...existing, expired: now });
      else tagsManifest.set(tag, { ...existing, stale: now, ...(durations.expire !== undefined && { expired: now + durations.expire * 1000 }) });
    }
  }

  resetRequestCache() {}
}
