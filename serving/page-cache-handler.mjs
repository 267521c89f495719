// Next's incremental cache for this app (next.config.mjs `cacheHandler`): public pages and feeds,
// in memory only (page-store.mjs). Loaded by Next's server as plain JavaScript. How a request
// flows through it, and what to check when upgrading Next: docs/page-cache.md.
//
// Why our own handler and not Next's file-system one:
// - Cached pages carry a hash-based CSP: the hashes of the page's own inline scripts are added to
//   the entry's headers when it is stored (Next sends those headers with every hit, and the first
//   render is answered from the same entry object after `set` returns).
// - Only a canonical request fills the cache (canonical.mjs): no reader's query string or header
//   ends up in the bytes every other reader gets.
// - Nothing outlives the process: a restored or re-seeded database never meets old pages.
// - Pages rendered before the next scheduled post's time are dropped at that time (expireAt).
// - Writes by another process (the import and user CLIs, a test arranging data) are noticed through
//   SQLite's `PRAGMA data_version` on the server's own connection, and drop every entry.
// - The server's fast path (fast-path.mjs) answers hits from the same store without Next's router.
import { mayFill } from './canonical.mjs';
import { tagsManifest } from './next-internals.mjs';
import { withPolicy } from './page-store.mjs';
import { serving } from './state.mjs';

// Called by the app (server/reader-cache.ts) during a request. expireAll: inside the request that
// changed public content (Next runs a server action's revalidatePath only after its answer has
// started streaming, so a reader could still be served the old page right after the moderator saw
// "approved"). expireAt: from every page render, with the next scheduled post's time.
globalThis[Symbol.for('taiyaku.pageCache')] = {
  expireAll: () => serving.store.clear(),
  expireAt: (at) => serving.store.expireAt(at),
};

export default class PageCacheHandler {
  async get(key) {
    const entry = serving.store.lookup(key);
    return entry ? { value: entry.value, lastModified: entry.lastModified } : null;
  }

  async set(key, data, ctx) {
    // A render for one request only still answers that request with its policy.
    if (mayFill()) serving.store.save(key, data, ctx?.cacheControl);
    else withPolicy(data);
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
