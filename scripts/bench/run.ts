// `npm run bench [-- --no-build]`: builds once into .next-bench, serves a seeded throwaway database,
// measures public pages against the same bytes as static files (from `next start` and from bare
// node:http), through nginx when installed, writes, and checks that every change is on the very next
// GET, then measures readers during a 25 MB import. Exits non-zero if a check fails. See BENCHMARKS.md.
// `npm run bench -- --only import-latency` runs that last scenario alone (scripts/bench/import-latency-run.ts).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { archivePathOf } from './bench-db';
import { BENCH_CATEGORY, BENCH_SLUGS } from './content';
import { importCheck, scheduledCheck } from './fresh-outside';
import { agedCheck, staffChecks, type FreshContext } from './fresh-staff';
import { runChecks } from './freshness';
import { NGINX, startNginx, type Nginx } from './nginx';
import { pageWeight } from './page-weight';
import {
  removeStaticCopies,
  snapshot,
  writeStaticCopies,
  type CacheFacts,
  type ReadPage,
} from './read-pages';
import { readRows } from './reads';
import { historyRow, markdown } from './report';
import { badInputTimeCheck } from './bad-input-time';
import { edgePurgeCheck } from './edge-purge';
import { importLatency, importLatencyLines } from './import-latency';
import { runImportLatencyOnly } from './import-latency-run';
import { buildApp, runTs, startApp } from './server';
import { VARNISHD } from './varnish';
import { approvalRow, commentRow } from './writes';
import { workerRows } from './workers';

const DIST = '.next-bench';
const work = path.resolve('bench', 'tmp', `run-${Date.now()}`);
const databasePath = path.join(work, 'taiyaku.db');
const appEnv = { COMMENT_RATE_LIMIT: 'off' };
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

/** The plain baseline in its own process, serving the given files' bytes. */
async function plainServer(files: Record<string, string>) {
  const args = Object.entries(files).map(([route, file]) => `${route}=${file}`);
  const child = spawn(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/bench/plain-server.ts', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
  );
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Renders the pages on a first server, then writes their bytes into public/ for the measured one. */
async function staticCopies(pages: ReadPage[]): Promise<Record<string, string>> {
  const first = await startApp({ distDir: DIST, databasePath, env: appEnv });
  try {
    const html = new Map<string, Buffer>();
    for (const page of pages) html.set(page.key, (await snapshot(first.url, page)).html);
    return writeStaticCopies(pages, html, work);
  } finally {
    await first.stop();
  }
}

async function tryNginx(appUrl: string): Promise<{ nginx: Nginx | null; note: string }> {
  try {
    const nginx = await startNginx(appUrl, path.join(work, 'nginx'));
    if (!nginx) return { nginx, note: `nginx not installed (${NGINX})` };
    const get = () =>
      fetch(`${nginx.url}/ja/posts/${BENCH_SLUGS.read}`).then(
        async (r) => (await r.arrayBuffer(), r.headers.get('x-cache-status')),
      );
    await get();
    const status = await get();
    return { nginx, note: `README recipe; X-Cache-Status ${status ?? 'absent'} before the runs` };
  } catch (error) {
    return {
      nginx: null,
      note: `nginx failed to start: ${(error as Error).message.slice(0, 200)}`,
    };
  }
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} + uncommitted work` : head;
  } catch {
    return 'unknown';
  }
}

async function main() {
  mkdirSync(work, { recursive: true });
  const loadBefore = load();
  console.log(`Building into ${DIST} …`);
  const buildSeconds = buildApp(DIST, { reuse: process.argv.includes('--no-build') });
  runTs('scripts/bench/seed.ts', { DATABASE_PATH: databasePath });
  // bench-db.ts reads this database through the app's own queries.
  process.env.DATABASE_PATH = databasePath;
  const pages: ReadPage[] = [
    {
      key: 'post',
      label: 'post page (side by side, 200 comments)',
      path: `/ja/posts/${BENCH_SLUGS.read}`,
    },
    { key: 'home', label: 'home page', path: '/ja' },
    { key: 'category', label: 'category page', path: `/ja/categories/${BENCH_CATEGORY}` },
    { key: 'archive', label: 'month archive page', path: archivePathOf(BENCH_SLUGS.read) },
  ];
  const files = await staticCopies(pages);
  const app = await startApp({ distDir: DIST, databasePath, env: appEnv });
  const plain = await plainServer(files);
  const { nginx, note: nginxNote } = await tryNginx(app.url);
  try {
    console.log(`Serving ${app.url}; measuring (about 10 minutes) …`);
    const facts = new Map<string, CacheFacts>();
    for (const page of pages) facts.set(page.key, (await snapshot(app.url, page)).facts);
    const rows = await readRows(
      pages,
      { app: app.url, plain: plain.url, nginx: nginx?.url ?? null, nginxNote },
      facts,
    );
    await nginx?.stop();
    rows.push(await commentRow(app.url), await approvalRow(app.url, databasePath, DIST));
    const post = await pageWeight(app.url + pages[0]!.path);
    const home = await pageWeight(`${app.url}/ja`);
    console.log('Checking that changes are on the very next GET …');
    const ctx: FreshContext = {
      baseUrl: app.url,
      distDir: DIST,
      run: path.basename(work),
      slug: BENCH_SLUGS.read,
      category: BENCH_CATEGORY,
      draftSlug: 'rail-strike-talks',
    };
    const checks = await runChecks([
      ...(await staffChecks(ctx)),
      importCheck(ctx, databasePath, work),
      agedCheck(
        ctx,
        pages.map((p) => p.path),
      ),
      () => scheduledCheck(ctx),
      ...(VARNISHD ? [() => edgePurgeCheck(ctx, databasePath, appEnv)] : []),
      // Last: it adds held comments to the read post.
      () => badInputTimeCheck(app.url, ctx.slug),
    ]);
    console.log('Measuring 1 worker against one per core …');
    rows.push(
      ...(await workerRows(
        [1, Math.max(2, os.availableParallelism())],
        databasePath,
        DIST,
        appEnv,
      )),
    );
    // Last: it imports a few thousand posts.
    console.log('Reading while a 25 MB export is imported …');
    const duringImport = importLatencyLines(await importLatency(app.url, BENCH_SLUGS.read));
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
    const all = {
      date: new Date().toISOString().slice(0, 10),
      commit: commit(),
      machine,
      load: `${loadBefore} → ${load()}`,
      post,
      home,
      rssBytes: app.rss(),
      buildSeconds,
      checks,
    };
    const table = `${markdown(rows, all)}\n${duringImport.join('\n')}\n`;
    mkdirSync(path.resolve('bench', 'results'), { recursive: true });
    writeFileSync(path.resolve('bench', 'results', 'latest.md'), table);
    console.log(
      `\n${table}\nHistory row for BENCHMARKS.md:\n${historyRow(rows, all)}\n\nWritten to bench/results/latest.md`,
    );
    if (checks.some((c) => !c.ok)) process.exitCode = 1;
  } finally {
    await nginx?.stop();
    plain.stop();
    await app.stop();
    removeStaticCopies();
  }
  rmSync(work, { recursive: true, force: true });
}

const only = process.argv.includes('--only') && process.argv.includes('import-latency');
(only ? runImportLatencyOnly(DIST, process.argv.includes('--no-build')) : main()).catch(
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
