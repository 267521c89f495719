// `npm run test:reliability [-- --rebuild] [name …]`: crash, double submit, bad input, leaks, headers, backup and
// brute-force checks, each on its own throwaway database (.e2e/reliability-*) and production server.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../bench/server';
import { backupTest } from './checks/backup';
import { badInputTest } from './checks/bad-input';
import { bruteForceTest } from './checks/brute-force';
import { crashTest } from './checks/crash';
import { doubleSubmitTest } from './checks/double-submit';
import { edgePurgeTest } from './checks/edge-purge';
import { headersTest } from './checks/headers';
import { hostPoisoningTest } from './checks/host-poisoning';
import { leaksTest } from './checks/leaks';
import { mediaSandboxTest } from './checks/media-sandbox';
import { importCrawlTest, redirectCorpusTest } from './checks/trust-round3';
import { replicaTest } from './checks/replica';
import { outboxRetentionTest, plainHttpTest } from './checks/trust-mail-http';
import { workersTest } from './checks/workers';
import { DIST, removeThrowaways, runTests } from './harness';

// Longest first, so the two lanes (harness.ts) end close together.
const TESTS = [
  badInputTest,
  headersTest,
  crashTest,
  doubleSubmitTest,
  leaksTest,
  backupTest,
  bruteForceTest,
  hostPoisoningTest,
  mediaSandboxTest,
  redirectCorpusTest,
  importCrawlTest,
  plainHttpTest,
  outboxRetentionTest,
  workersTest,
  replicaTest,
  edgePurgeTest,
];

/** Newest modification time under the folders a build depends on. */
function newestSource(): number {
  const files = ['app', 'components', 'db', 'lib'].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f))
      : [],
  );
  return Math.max(
    0,
    ...[...files, 'proxy.ts', 'next.config.mjs', 'package-lock.json']
      .filter(existsSync)
      .map((f) => statSync(f).mtimeMs),
  );
}

async function main() {
  const args = process.argv.slice(2);
  const rebuild = args.includes('--rebuild');
  const names = args.filter((a) => !a.startsWith('--'));
  const started = Date.now();
  const buildId = path.join(DIST, 'BUILD_ID');
  if (!rebuild && existsSync(buildId) && statSync(buildId).mtimeMs < newestSource()) {
    console.log(`Note: sources changed after the build in ${DIST}; pass --rebuild to test them.`);
  }
  if (rebuild) rmSync(DIST, { recursive: true, force: true });
  console.log(
    existsSync(buildId) && !rebuild ? `Reusing the build in ${DIST}.` : `Building into ${DIST} …`,
  );
  const seconds = buildApp(DIST, { reuse: true });
  if (seconds) console.log(`Built in ${seconds.toFixed(0)} s.`);
  const selected = names.length
    ? TESTS.filter((t) => names.some((n) => t.name.startsWith(n)))
    : TESTS;
  const { passed, failed } = await runTests(selected);
  if (!failed) removeThrowaways();
  console.log(
    `\n${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
