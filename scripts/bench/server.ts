// Builds the app and serves it as `npm start` does (serving/serve.mjs) on a throwaway database:
// shared by the bench and the reliability suite.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const NEXT_BIN = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');

// Servers this process started, killed if it ends first (an error or Ctrl-C).
const started = new Set<number>();
process.once('exit', () => {
  for (const pid of started) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A production build in `distDir`; with `reuse`, an existing build there is kept. Returns seconds spent. */
export function buildApp(distDir: string, { reuse }: { reuse: boolean }): number {
  if (reuse && existsSync(path.join(distDir, 'BUILD_ID'))) return 0;
  const started = Date.now();
  const log = path.join('bench', 'tmp', `build-${path.basename(distDir)}.log`);
  mkdirSync(path.dirname(log), { recursive: true });
  // Types are checked by `npm test`; here a half-edited file elsewhere in the tree must not stop a build.
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_SKIP_TYPECHECK: '1',
      NODE_OPTIONS: '',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  dropTypesInclude(distDir);
  writeFileSync(log, `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0)
    throw new Error(
      `next build failed (see ${log}):\n${(result.stdout + result.stderr).slice(-3000)}`,
    );
  return (Date.now() - started) / 1000;
}

/** `next build` adds "<distDir>/types/**" to tsconfig.json's include; take just those lines out again. */
export function dropTypesInclude(distDir: string, file = 'tsconfig.json') {
  const text = readFileSync(file, 'utf8');
  const dir = path.basename(distDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const cleaned = text.replace(
    new RegExp(`,\\n\\s*"${dir}/(dev/)?types/\\*\\*/\\*\\.ts"`, 'g'),
    '',
  );
  if (cleaned !== text) writeFileSync(file, cleaned);
}

/** Runs a TypeScript file with tsx in the server environment (for seeding through db/queries). */
export function runTs(file: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(
    process.execPath,
    [
      path.resolve('node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      file,
      ...args,
    ],
    {
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`${file} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export type AppServer = {
  url: string;
  pid: number;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<string>;
  isRunning: () => boolean;
  /** Resident memory of the server process in bytes. */
  rss: () => number;
  stderr: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<string>;
};

type StartOptions = {
  distDir: string;
  databasePath: string;
  env?: Record<string, string>;
  port?: number;
};

/** The app's server (serving/serve.mjs) on 127.0.0.1; resolves once it answers. The process is its own group, so a kill takes all of it. */
export async function startApp({
  distDir,
  databasePath,
  env = {},
  port,
}: StartOptions): Promise<AppServer> {
  const listen = port ?? (await freePort());
  const child: ChildProcess = spawn(
    process.execPath,
    ['serving/serve.mjs', '-H', '127.0.0.1', '-p', String(listen)],
    {
      // A production server requires SITE_URL: its own address unless the caller sets one.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SITE_URL: `http://127.0.0.1:${listen}`,
        NEXT_DIST_DIR: distDir,
        DATABASE_PATH: databasePath,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: '',
        // One process unless the caller asks for more (the workers rows, the reliability suite).
        WEB_CONCURRENCY: '1',
        ...env,
      },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-20_000);
  });
  let running = true;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      started.delete(pid);
      resolve(signal ?? String(code));
    }),
  );
  const pid = child.pid!;
  started.add(pid);
  const server: AppServer = {
    url: `http://127.0.0.1:${listen}`,
    pid,
    exited,
    isRunning: () => running,
    rss: () =>
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
    stderr: () => errors,
    stop: async (signal = 'SIGTERM') => {
      if (running) process.kill(-pid, signal);
      return exited;
    },
  };
  await waitUntilUp(server);
  return server;
}

async function waitUntilUp(server: AppServer, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!server.isRunning())
      throw new Error(`the server exited while starting:\n${server.stderr()}`);
    try {
      const response = await fetch(`${server.url}/en`, { signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop('SIGKILL');
  throw new Error(`the server did not answer within ${timeoutMs / 1000} s:\n${server.stderr()}`);
}
