// One app server: the same Next app and options as `next start` (next.config.mjs, the build in
// NEXT_DIST_DIR or .next), with one addition in front: cached public pages are sent straight from
// the page cache (serving/fast-path.mjs) instead of through Next's router, once a start-up check on
// a real render has shown that Next behaves as the cache expects (contract.mjs); and two guards:
// only canonical requests fill the cache (canonical.mjs), and no HTML response leaves without a
// Content-Security-Policy (policy-guard.mjs); and answers caches in front may keep carry their purge
// keys (edge.mjs). docs/page-cache.md has the flow. serve.mjs runs this
// alone or as one of several node:cluster workers.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

process.env.NODE_ENV ??= 'production';
const { values } = parseArgs({
  options: { hostname: { type: 'string', short: 'H' }, port: { type: 'string', short: 'p' } },
});
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const port = Number(values.port ?? process.env.PORT ?? 3000);

// A worker whose supervisor is gone (even by SIGKILL) has nobody handing it connections: it ends.
if (cluster.isWorker) process.on('disconnect', () => process.exit(0));

const { default: next } = await import('next');
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// Loaded after Next has loaded the cache handler, so both use the one page store.
const { serveCached } = await import('./fast-path.mjs');
const { inRequestContext } = await import('./canonical.mjs');
const { enableFastPath } = await import('./contract.mjs');
const { guardPolicy } = await import('./policy-guard.mjs');
const { tagForEdge } = await import('./edge.mjs');

// Under node:cluster each answer names its worker (an index, nothing more), so an operator or a
// test can tell which process served it.
const worker = cluster.isWorker ? process.env.TAIYAKU_WORKER_INDEX : undefined;

/** @type {import('node:http').RequestListener} */
const listener = (req, res) => {
  if (worker) res.setHeader('x-taiyaku-worker', worker);
  tagForEdge(req, res);
  if (!serveCached(req, res)) inRequestContext(req, () => handle(req, guardPolicy(res)));
};

/**
 * The start-up check must render through this process's own Next and page store. Under
 * node:cluster a request to the shared port may reach another worker, so the check goes through
 * a private loopback listener (`exclusive`: not shared with the other workers), closed after.
 */
async function checkContract() {
  const own = createServer(listener);
  await new Promise((resolve) =>
    own.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve),
  );
  const address = /** @type {import('node:net').AddressInfo} */ (own.address());
  try {
    await enableFastPath(`http://127.0.0.1:${address.port}`);
  } finally {
    own.close();
  }
}

await checkContract();
const server = createServer(listener);
// Node closes an idle keep-alive socket after 5 s, racing clients (and a proxy's upstream pool)
// that reuse it a moment later: they see ECONNRESET. Keep idle sockets longer than they do.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  if (cluster.isWorker) return; // the supervisor says it once for all of them
  console.log(`Serving http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
