// Continuous replication of the SQLite file with Litestream (the binary comes from npm:
// @flydotio/litestream-linux-x64, an optional dependency), run by `npm start` beside the app when LITESTREAM_REPLICA_URL is set.
// Litestream copies each committed WAL page to the replica every sync interval, so a lost machine
// loses at most that interval of writes. `npm run db:restore -- --from-replica` brings it back.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The replica types Litestream v0.3.13 knows (webdav came later).
const SCHEMES = ['s3', 'sftp', 'gs', 'abs', 'file'];
const INTERVAL = /^\d+(ms|s|m)$/;

/**
 * The replica as Litestream takes it: a URL of a known scheme, or a folder (made a file:// URL).
 * @param {string} setting LITESTREAM_REPLICA_URL
 */
export function replicaUrl(setting) {
  const value = setting.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme && SCHEMES.includes(scheme)) return value;
  if (scheme || !value || value.includes('\n'))
    throw new Error(
      `LITESTREAM_REPLICA_URL must be a folder or a ${SCHEMES.map((s) => `${s}://`).join(', ')} URL, not "${redact(setting)}"`,
    );
  return pathToFileURL(path.resolve(value)).href;
}

/** @param {string | undefined} setting LITESTREAM_SYNC_INTERVAL, e.g. 1s (the default), 500ms, 1m */
export function syncInterval(setting) {
  if (setting === undefined || setting === '') return '1s';
  if (!INTERVAL.test(setting))
    throw new Error(`LITESTREAM_SYNC_INTERVAL must look like 1s, 500ms or 1m, not "${setting}"`);
  return setting;
}

/** The native binary for this machine, found through npm's optional dependency. */
export function litestreamBinary() {
  const require = createRequire(import.meta.url);
  const pkg = `@flydotio/litestream-${process.platform}-${process.arch}/package.json`;
  try {
    return path.join(path.dirname(require.resolve(pkg)), 'litestream');
  } catch {
    throw new Error(
      `Litestream's binary for ${process.platform}-${process.arch} is not installed: npm install --no-save ${pkg.replace('/package.json', '')}`,
    );
  }
}

/** Runs `litestream ARGS…` to the end; throws with its output when it fails. */
export function runLitestream(args) {
  const result = spawnSync(litestreamBinary(), args, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `litestream ${args[0]} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`,
    );
  return result.stdout;
}

/**
 * Writes Litestream's configuration beside the database (0600: the URL may hold a password).
 * JSON is YAML, so no value needs escaping; environment expansion is turned off when it runs.
 */
function writeConfig(databasePath, url, interval) {
  const file = `${databasePath}.litestream.yml`;
  const config = { dbs: [{ path: databasePath, replicas: [{ url, 'sync-interval': interval }] }] };
  writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

/**
 * Starts `litestream replicate` and keeps it running (restarted a second after it stops) until
 * `stop()`, which lets it finish its last sync.
 * @param {{ databasePath: string; url: string; interval: string }} options
 */
export function startReplication({ databasePath, url, interval }) {
  const config = writeConfig(path.resolve(databasePath), url, interval);
  let child = null;
  let stopping = false;
  const run = () => {
    child = spawn(litestreamBinary(), ['replicate', '-no-expand-env', '-config', config], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code, signal) => {
      child = null;
      if (stopping) return;
      console.error(`Litestream stopped (${signal ?? code}); starting it again.`);
      setTimeout(() => !stopping && run(), 1_000);
    });
  };
  run();
  console.log(`Replicating ${databasePath} every ${interval} to ${redact(url)}`);
  return {
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        // The file may hold the replica's password: it lives only as long as Litestream runs.
        const done = () => resolve(void rmSync(config, { force: true }));
        if (!child) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/** A URL for the log, without its password. */
export function redact(url) {
  return url.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
}
