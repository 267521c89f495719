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

  figure(text: string) {
    this.figures.push(text);
    console.log(`    · ${text}`);
  }
}

export type Test = { name: string; run: (check: Check) => Promise<void> };

/** Runs the tests one after another; a thrown error fails that test only. */
export async function runTests(tests: Test[]): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  for (const test of tests) {
    const check = new Check();
    const started = Date.now();
    console.log(`\n▶ ${test.name}`);
    try {
      await test.run(check);
    } catch (error) {
      check.failures.push(
        `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (check.failures.length === 0) {
      passed++;
      console.log(`✓ ${test.name} (${seconds} s)`);
    } else {
      console.log(`✗ ${test.name} (${seconds} s): ${check.failures.length} failure(s)`);
      for (const failure of check.failures.slice(0, 25))
        console.log(`    ✗ ${failure.slice(0, 600)}`);
      if (check.failures.length > 25) console.log(`    … and ${check.failures.length - 25} more`);
    }
  }
  return { passed, failed: tests.length - passed };
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
