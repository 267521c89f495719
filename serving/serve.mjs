// `npm start` serves with this instead of `next start`: the same Next app and options (next.config.mjs,
// the build in NEXT_DIST_DIR or .next), with one addition in front: cached public pages are sent
// straight from the page cache (serving/fast-path.mjs) instead of through Next's router, once a
// start-up check on a real render has shown that Next behaves as the cache expects (contract.mjs);
// and two guards: only canonical requests fill the cache (canonical.mjs), and no HTML response
// leaves without a Content-Security-Policy (policy-guard.mjs). docs/page-cache.md has the flow.
// Usage: node serving/serve.mjs [-H host] [-p port]  (PORT and HOSTNAME work too)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

process.env.NODE_ENV ??= 'production';
const { values } = parseArgs({
  options: { hostname: { type: 'string', short: 'H' }, port: { type: 'string', short: 'p' } },
});
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const port = Number(values.port ?? process.env.PORT ?? 3000);

const { default: next } = await import('next');
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// Loaded after Next has loaded the cache handler, so both use the one page store.
const { serveCached } = await import('./fast-path.mjs');
const { inRequestContext } = await import('./canonical.mjs');
const { enableFastPath } = await import('./contract.mjs');
const { guardPolicy } = await import('./policy-guard.mjs');

const server = createServer((req, res) => {
  if (!serveCached(req, res)) inRequestContext(req, () => handle(req, guardPolicy(res)));
});
// Node closes an idle keep-alive socket after 5 s, racing clients (and a proxy's upstream pool)
// that reuse it a moment later: they see ECONNRESET. Keep idle sockets longer than they do.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, async () => {
  const local = ['0.0.0.0', '::'].includes(hostname) ? '127.0.0.1' : hostname;
  await enableFastPath(`http://${local.includes(':') ? `[${local}]` : local}:${port}`);
  console.log(`Serving http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
