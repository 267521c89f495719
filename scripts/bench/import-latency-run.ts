// `npm run bench -- --only import-latency [--no-build]`'s work, alone: builds (or reuses
// .next-bench), seeds a throwaway database, serves it and runs the import-latency scenario.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BENCH_SLUGS } from './content';
import { importLatency, importLatencyLines } from './import-latency';
import { buildApp, runTs, startApp } from './server';

export async function runImportLatencyOnly(dist: string, reuse: boolean) {
  const work = path.resolve('bench', 'tmp', `import-latency-${Date.now()}`);
  mkdirSync(work, { recursive: true });
  const databasePath = path.join(work, 'taiyaku.db');
  buildApp(dist, { reuse });
  runTs('scripts/bench/seed.ts', { DATABASE_PATH: databasePath });
  const app = await startApp({ distDir: dist, databasePath, env: { COMMENT_RATE_LIMIT: 'off' } });
  try {
    console.log(importLatencyLines(await importLatency(app.url, BENCH_SLUGS.read)).join('\n'));
  } finally {
    await app.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
