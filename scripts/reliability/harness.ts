// The suite's small test harness: named checks with soft assertions and figures, each on its own server.
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runTs, startApp, type AppServer } from '../bench/server';

// The e2e suite's build: `npm test` builds once (for e2e) and the reliability checks reuse it.
export const DIST = process.env.RELIABILITY_DIST_DIR ?? process.env.E2E_DIST_DIR ?? '.next-e2e';
const RUN = `reliability-${Date.now()}`;

/** What a check records: failures (soft assertions) and figures for the summary. */
export class Check {
  readonly failures: string[] = [];
  readonly figures: string[] = [];

  ok(condition: unknown, message: string): boolean {
    if (!condition) this.failures.push(message);
    return Boolean(condition);
  }

  /** A figure for the summary, printed with the test's result. */
  figure(text: string) {
    this.figures.push(text);
  }
}

export type Test = { name: string; run: (check: Check) => Promise<void> };

/**
 * Runs the tests `RELIABILITY_CONCURRENCY` at a time (default 2: each check spends much of its time
 * waiting on its own servers, so two share the machine well); a thrown error fails that test only.
 * Each test's lines are printed together when it ends, so parallel tests never interleave.
 */
export async function runTests(tests: Test[]): Promise<{ passed: number; failed: number }> {
  const concurrency = Math.max(1, Number(process.env.RELIABILITY_CONCURRENCY ?? 2) || 1);
  const results = await pool(tests, concurrency, async (test) => {
    const check = new Check();
    const started = Date.now();
    try {
      await test.run(check);
    } catch (error) {
      check.failures.push(
        `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    console.log(report(test.name, check, (Date.now() - started) / 1000));
    return check.failures.length === 0;
  });
  const passed = results.filter(Boolean).length;
  return { passed, failed: tests.length - passed };
}

function report(name: string, check: Check, seconds: number): string {
  const { failures, figures } = check;
  const lines = [
    failures.length === 0
      ? `✓ ${name} (${seconds.toFixed(1)} s)`
      : `✗ ${name} (${seconds.toFixed(1)} s): ${failures.length} failure(s)`,
    ...figures.map((text) => `    · ${text}`),
    ...failures.slice(0, 25).map((failure) => `    ✗ ${failure.slice(0, 600)}`),
  ];
  if (failures.length > 25) lines.push(`    … and ${failures.length - 25} more`);
  return lines.join('\n');
}

/** A throwaway database (the e2e demo blog plus its seed post) and a server on it. */
export type Fixture = { databasePath: string; app: AppServer; restart: () => Promise<AppServer> };

// Two server processes, as `npm start` runs on a 2-core machine: every check holds across workers.
const SERVER_ENV = {
  TRUST_PROXY: '1',
  COMMENT_RATE_LIMIT: 'off',
  PAGE_CACHE_CONTRACT: 'strict',
  WEB_CONCURRENCY: '2',
};

export async function freshApp(label: string, env: Record<string, string> = {}): Promise<Fixture> {
  const databasePath = path.resolve('.e2e', `${RUN}-${label}`, 'taiyaku.db');
  runTs('e2e/support/prepare-db.ts', { DATABASE_PATH: databasePath });
  const start = () => startApp({ distDir: DIST, databasePath, env: { ...SERVER_ENV, ...env } });
  const fixture: Fixture = {
    databasePath,
    app: await start(),
    restart: async () => {
      await fixture.app.stop();
      fixture.app = await start();
      return fixture.app;
    },
  };
  return fixture;
}

/** Deletes this run's throwaway databases (kept when something failed, for a look). */
export function removeThrowaways() {
  const dirs = existsSync('.e2e') ? readdirSync('.e2e').filter((d) => d.startsWith(`${RUN}-`)) : [];
  for (const dir of dirs) rmSync(path.join('.e2e', dir), { recursive: true, force: true });
}

/** A client address of its own, so per-client limits never mix tests. */
export const clientIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
