// `npm run bench [-- --no-build]`: builds once into .next-bench, serves a seeded throwaway database and
// measures reads, writes and reads after approvals against a plain node:http baseline. See BENCHMARKS.md.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_SLUGS } from './content';
import { LOAD, measure, median, type Sample } from './measure';
import { pageWeight } from './page-weight';
import { historyRow, markdown, type Row } from './report';
import { approvalLoop, approver, commentRequests, setPolicy } from './scenarios';
import { buildApp, runTs, startApp, type AppServer } from './server';

const DIST = '.next-bench';
const APPROVAL_EVERY_MS = 250;
const work = path.resolve('bench', 'tmp', `run-${Date.now()}`);
const databasePath = path.join(work, 'taiyaku.db');

/** The plain baseline in its own process, serving the given pages' bytes. */
async function plainServer(pages: Record<string, string>) {
  const args = Object.entries(pages).map(([route, file]) => `${route}=${file}`);
  const child = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/bench/plain-server.ts', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function saveHtml(url: string, name: string): Promise<string> {
  const file = path.join(work, name);
  writeFileSync(file, Buffer.from(await (await fetch(url)).arrayBuffer()));
  return file;
}

/** Post page and home page, each beside the plain server sending its bytes; runs interleaved. */
async function readRows(app: AppServer): Promise<Row[]> {
  const post = `${app.url}/ja/posts/${BENCH_SLUGS.read}`;
  const home = `${app.url}/ja`;
  const plain = await plainServer({ '/post': await saveHtml(post, 'post.html'), '/home': await saveHtml(home, 'home.html') });
  const urls = [post, `${plain.url}/post`, home, `${plain.url}/home`];
  const samples: Sample[][] = urls.map(() => []);
  for (const url of urls) await measure({ url }, LOAD.warmupSeconds);
  for (let run = 0; run < LOAD.runs; run++) {
    for (const [i, url] of urls.entries()) samples[i]!.push(await measure({ url }));
  }
  plain.stop();
  const [appPost, plainPost, appHome, plainHome] = samples.map(median);
  return [
    { label: 'GET post page (side by side, 200 comments)', sample: appPost!, plain: plainPost },
    { label: 'GET home page', sample: appHome!, plain: plainHome },
  ];
}

async function commentRow(app: AppServer): Promise<Row> {
  setPolicy(databasePath, 'hold-all');
  const options = { url: app.url, requests: commentRequests(app.url, BENCH_SLUGS.read) };
  await measure(options, LOAD.warmupSeconds);
  const samples: Sample[] = [];
  for (let run = 0; run < LOAD.runs; run++) samples.push(await measure(options));
  return { label: 'POST comment, JSON API (pending)', sample: median(samples) };
}

/** GETs of a post while an approval lands every APPROVAL_EVERY_MS, each one expiring the post's cache. */
async function approvalRow(app: AppServer): Promise<Row> {
  const url = `${app.url}/ja/posts/${BENCH_SLUGS.approvals}`;
  const { how, approve } = await approver(app.url, databasePath, DIST, BENCH_SLUGS.approvals);
  const first = await approve();
  const seen = first !== null && (await (await fetch(url)).text()).includes(`id="comment-${first}"`);
  const samples: Sample[] = [];
  let approvals = 0;
  for (let run = -1; run < LOAD.runs; run++) {
    const loop = approvalLoop(approve, APPROVAL_EVERY_MS);
    const sample = await measure({ url }, run < 0 ? LOAD.warmupSeconds : LOAD.seconds);
    const done = await loop.stop();
    if (run < 0) continue;
    samples.push(sample);
    approvals += done;
  }
  const note = `${how}: ${approvals} approvals in 3 runs; an approved comment is ${seen ? 'on the very next GET' : first ? 'NOT on the next GET' : 'missing (approval failed)'}`;
  return { label: `GET post page, an approval every ${APPROVAL_EVERY_MS} ms`, sample: median(samples), note };
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main() {
  mkdirSync(work, { recursive: true });
  console.log(`Building into ${DIST} …`);
  const buildSeconds = buildApp(DIST, { reuse: process.argv.includes('--no-build') });
  runTs('scripts/bench/seed.ts', { DATABASE_PATH: databasePath });
  const app = await startApp({ distDir: DIST, databasePath, env: { COMMENT_RATE_LIMIT: 'off' } });
  try {
    console.log(`Serving ${app.url}; measuring (about 4 minutes) …`);
    const rows = [...(await readRows(app)), await commentRow(app), await approvalRow(app)];
    const facts = {
      date: new Date().toISOString().slice(0, 10),
      commit: commit(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end`,
      post: await pageWeight(`${app.url}/ja/posts/${BENCH_SLUGS.read}`),
      home: await pageWeight(`${app.url}/ja`),
      rssBytes: app.rss(),
      buildSeconds,
    };
    const table = markdown(rows, facts);
    mkdirSync(path.resolve('bench', 'results'), { recursive: true });
    writeFileSync(path.resolve('bench', 'results', 'latest.md'), table);
    console.log(`\n${table}\nHistory row for BENCHMARKS.md:\n${historyRow(rows, facts)}\n\nWritten to bench/results/latest.md`);
  } finally {
    await app.stop();
  }
  rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
