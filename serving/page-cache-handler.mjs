// Next's incremental cache for this app (next.config.mjs `cacheHandler`): public pages, feeds and
// unstable_cache data, in memory only (page-store.mjs). Loaded by Next's server as plain JavaScript.
//
// Why our own handler and not Next's file-system one:
// - Cached pages carry a hash-based CSP: the hashes of the page's own inline scripts are added to
//   the entry's headers when it is stored (Next sends those headers with every hit, and the first
//   render is answered from the same entry object after `set` returns).
// - Nothing outlives the process: a restored or re-seeded database never meets old pages.
// - A page tagged `until:<ms>` (the next scheduled post's time) is dropped from that time on.
// - Writes by another process (the import and user CLIs, a test arranging data) are noticed through
//   SQLite's `PRAGMA data_version` on the server's own connection, and drop every entry.
// - The server's fast path (fast-path.mjs) answers hits from the same store without Next's router.
import { createRequire } from 'node:module';
import { clear, lookup, save } from './page-store.mjs';

const require = createRequire(import.meta.url);
const {
  tagsManifest,
} = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

// Called by the app (server/reader-cache.ts) inside the request that changed public content: Next
// runs a server action's revalidatePath only after its answer has started streaming, so a reader
// could still be served the old page right after the moderator saw "approved".
globalThis[Symbol.for('taiyaku.expirePublicPages')] = clear;

export default class PageCacheHandler {
  async get(key) {
    const entry = lookup(key);
    return entry ? { value: entry.value, lastModified: entry.lastModified } : null;
  }

  async set(key, data, ctx) {
    save(key, data, ctx?.cacheControl);
  }

  /** Same bookkeeping as Next's own handlers: Next checks the manifest against lastModified. */
  async revalidateTag(tags, durations) {
    const now = Date.now();
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      const existing = tagsManifest.get(tag) ?? {};
      if (!durations) tagsManifest.set(tag, { ...existing, expired: now });
      else
        tagsManifest.set(tag, {
          ...existing,
          stale: now,
          ...(durations.expire !== undefined && { expired: now + durations.expire * 1000 }),
        });
    }
  }

  resetRequestCache() {}
}
