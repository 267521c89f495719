// One server process against several (WEB_CONCURRENCY): the cached post page, and the post page
// while approvals land (each approval expires every worker's cached pages, so most reads are
// misses). Each count gets its own server over the bench database. More workers run first: the
// approvals they make grow the page the later, single-worker run reads, which can only favour it.
import { BENCH_SLUGS } from './content';
import { LOAD, measure, median, type Sample } from './measure';
import type { Row } from './report';
import { startApp } from './server';
import { approvalRow } from './writes';

async function cachedSample(url: string): Promise<Sample> {
  await fetch(url).then((r) => r.arrayBuffer());
  await measure({ url }, LOAD.warmupSeconds);
  const samples: Sample[] = [];
  for (let run = 0; run < LOAD.runs; run++) samples.push(await measure({ url }));
  return median(samples);
}

export async function workerRows(
  counts: number[],
  databasePath: string,
  distDir: string,
  env: Record<string, string>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of [...counts].sort((a, b) => b - a)) {
    const workers = `${count} worker${count === 1 ? '' : 's'}`;
    const app = await startApp({
      distDir,
      databasePath,
      env: { ...env, WEB_CONCURRENCY: String(count) },
    });
    try {
      const sample = await cachedSample(`${app.url}/ja/posts/${BENCH_SLUGS.read}`);
      rows.push({ key: `cached-${count}`, label: `GET post page (cached), ${workers}`, sample });
      const approvals = await approvalRow(app.url, databasePath, distDir);
      rows.push({
        ...approvals,
        key: `approvals-${count}`,
        label: `${approvals.label}, ${workers}`,
      });
    } finally {
      await app.stop();
    }
  }
  return rows;
}
