// `npm run db:restore -- FILE [--force]`: replaces DATABASE_PATH with a backup.
// `npm run db:restore -- --from-replica [--timestamp 2026-12-05T09:30:00Z] [--force]`: the same
// from Litestream's replica (LITESTREAM_REPLICA_URL): its latest state, or the state at a time.
// It stops nothing: it refuses while a server has the database open, unless --force (then restart
// the server at once).
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '@/lib/env';
import { replicaUrl, runLitestream } from '../../serving/replication.mjs';
import { integrityOf } from './db-check';
import { backupTo, inUse, moveAside } from './sqlite-files';

const USAGE =
  'usage: npm run db:restore -- FILE [--force]\n   or: npm run db:restore -- --from-replica [--timestamp ISO-TIME] [--force]';

/** Litestream's replica restored into a new file beside the target; returns its path. */
function fromReplica(target: string, timestamp: string | undefined): string {
  const setting = process.env.LITESTREAM_REPLICA_URL;
  if (!setting)
    throw new Error('--from-replica needs LITESTREAM_REPLICA_URL (the replica to read)');
  if (
    timestamp !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(timestamp) ||
      Number.isNaN(Date.parse(timestamp)))
  )
    throw new Error(
      `--timestamp must be an ISO time such as 2026-12-05T09:30:00Z, not "${timestamp}"`,
    );
  const out = `${target}.from-replica`;
  for (const suffix of ['', '-wal', '-shm', '.tmp']) rmSync(out + suffix, { force: true });
  const time = timestamp ? ['-timestamp', new Date(timestamp).toISOString()] : [];
  runLitestream(['restore', '-o', out, ...time, replicaUrl(setting)]);
  if (!existsSync(out)) throw new Error('the replica holds nothing to restore; nothing changed');
  return out;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean' },
      'from-replica': { type: 'boolean' },
      timestamp: { type: 'string' },
    },
  });
  const target = path.resolve(env().DATABASE_PATH);
  const source = values['from-replica'] ? fromReplica(target, values.timestamp) : positionals[0];
  if (!source) throw new Error(USAGE);
  if (!existsSync(source)) throw new Error(`no backup at ${source}`);
  if (path.resolve(source) === target) throw new Error('that is the live database itself');
  const { integrity, foreignKeyProblems } = integrityOf(source);
  if (integrity !== 'ok' || foreignKeyProblems)
    throw new Error(
      `${source} is damaged (integrity ${integrity}, ${foreignKeyProblems} foreign key problems); nothing changed`,
    );
  if (inUse(target) && !values.force) {
    throw new Error(
      `${target} is open in another process, so the server seems to be running. Stop it first, or pass --force and restart it right after.`,
    );
  }
  const staged = `${target}.restoring`;
  await backupTo(path.resolve(source), staged);
  if (values['from-replica']) rmSync(source, { force: true });
  const aside = moveAside(
    target,
    `.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`,
  );
  renameSync(staged, target);
  console.log(
    `Restored ${values['from-replica'] ? `the replica${values.timestamp ? ` as of ${values.timestamp}` : ''}` : path.resolve(source)} to ${target}.${aside.length ? ` The previous database was moved to ${aside[0]}.` : ''} Start (or restart) the server now.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
