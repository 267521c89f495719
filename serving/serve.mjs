// `npm start` serves with this instead of `next start`. With one worker (WEB_CONCURRENCY=1, or one
// core) it is the app server itself (app-server.mjs); with more, this process only supervises
// that many copies of it (primary.mjs), which share the port through node:cluster.
// Usage: node serving/serve.mjs [-H host] [-p port]  (PORT, HOSTNAME and WEB_CONCURRENCY work too)
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { workerCount } from './workers.mjs';

let count;
try {
  count = workerCount(process.env.WEB_CONCURRENCY, availableParallelism());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (cluster.isPrimary && count > 1) (await import('./primary.mjs')).supervise(count);
else await import('./app-server.mjs');
