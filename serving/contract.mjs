// The start-up check of what the page cache assumes about Next (next-internals.mjs), on a real
// render: one canonical GET of a public page through Next, then the entry it stored. When an
// assumption fails the fast path stays off (Next serves every page) and the failure is logged;
// PAGE_CACHE_CONTRACT=strict (the tests) stops the server instead.
import { checkPageEntry } from './next-internals.mjs';
import { serving } from './state.mjs';

/**
 * Renders `path` through Next and checks the entry and the response. Returns the problems.
 * @param {string} origin e.g. http://127.0.0.1:3000
 * @param {string} path a public page that is cached, e.g. /en
 */
export async function selfTest(origin, path) {
  const response = await fetch(`${origin}${path}`, {
    headers: { 'accept-encoding': 'identity' },
    redirect: 'manual',
  });
  await response.arrayBuffer();
  const found = serving.store.inspect().entries.find(([, entry]) => entry.path === path);
  return checkPageEntry({
    path,
    key: found?.[0],
    value: found?.[1].value,
    response: Object.fromEntries(response.headers),
  });
}

/**
 * Runs the self-test and turns the fast path on when it passes.
 * @param {string} origin
 */
export async function enableFastPath(origin) {
  const path = process.env.PAGE_CACHE_CONTRACT_PATH || '/en';
  let problems;
  try {
    problems = await selfTest(origin, path);
  } catch (error) {
    problems = [`the self-test request failed: ${error instanceof Error ? error.message : error}`];
  }
  serving.fastPath = problems.length === 0;
  if (serving.fastPath) return;
  console.error(
    `Page cache: Next no longer behaves as serving/next-internals.mjs expects, so cached pages are` +
      ` served through Next without the fast path (see docs/page-cache.md):\n  - ${problems.join('\n  - ')}`,
  );
  if (process.env.PAGE_CACHE_CONTRACT === 'strict') process.exit(1);
}
