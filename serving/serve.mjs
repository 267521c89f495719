// `npm start` serves with this instead of `next start`. With one worker (WEB_CONCURRENCY=1, or one
// core) and no replication it is the app server itself (app-server.mjs); otherwise this process
// supervises that many copies of it (primary.mjs), which share the port through node:cluster,
// and runs Litestream beside them when LITESTREAM_REPLICA_URL is set (replication.mjs).
// Usage: node serving/serve.mjs [-H host] [-p port]  (PORT, HOSTNAME and WEB_CONCURRENCY work too)
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { DEFAULT_DATABASE_PATH } from '../lib/database-path.mjs';
import { replicaUrl, startReplication, syncInterval } from './replication.mjs';
import { workerCount } from './workers.mjs';

let count;
let replica = null;
try {
  count = workerCount(process.env.WEB_CONCURRENCY, availableParallelism());
  if (cluster.isPrimary && process.env.LITESTREAM_REPLICA_URL)
    replica = {
      databasePath: process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH,
      url: replicaUrl(process.env.LITESTREAM_REPLICA_URL),
      interval: syncInterval(process.env.LITESTREAM_SYNC_INTERVAL),
    };
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (cluster.isPrimary && (count > 1 || replica)) {
  const replication = replica ? startReplication(replica) : null;
  (await import('./primary.mjs')).supervise(count, { beforeExit: () => replication?.stop() });
} else await import('./app-server.mjs');
