// The one piece of process-wide state of the page cache. Next may load the cache handler more
// than once in one server (each copy constructs handlers) and serve.mjs loads it again, so the
// state lives on globalThis under one symbol: every copy sees one store and one request context.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createStore } from './page-store.mjs';

const MAX_BYTES = Number(process.env.PAGE_CACHE_MB || 64) * 1024 * 1024;
// Set by db/index.ts: SQLite's `PRAGMA data_version` on the server's connection.
const DATA_VERSION = Symbol.for('taiyaku.dataVersion');

/**
 * @type {{ store: ReturnType<typeof createStore>;
 *   requests: AsyncLocalStorage<{ canonical: boolean }>; fastPath: boolean }}
 */
export const serving = (globalThis[Symbol.for('taiyaku.serving')] ??= {
  store: createStore(MAX_BYTES, { dataVersion: () => globalThis[DATA_VERSION]?.() }),
  // serve.mjs runs each request in a context saying whether it may fill the cache.
  requests: new AsyncLocalStorage(),
  // Off until the start-up contract check (serve.mjs) has passed.
  fastPath: false,
});
