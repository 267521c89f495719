// "Visible on the very next GET": each check makes sure the pages it looks at are cached, makes one
// change through the app's real path, then GETs each page once. No timing, pass or fail.
import type { ActionResult } from './staff-actions';

export type Check = { name: string; ok: boolean; detail: string };
export type Page = { status: number; html: string; cache: string | null };
export type Expect = { path: string; what: string; test: (page: Page) => boolean };

export async function get(baseUrl: string, path: string): Promise<Page> {
  const response = await fetch(baseUrl + path, { signal: AbortSignal.timeout(30_000) });
  return {
    status: response.status,
    html: await response.text(),
    cache: response.headers.get('x-nextjs-cache'),
  };
}

/** The page shows `text` (HTML-escaped as React escapes text). */
export const shows = (text: string) => (page: Page) =>
  page.status === 200 &&
  page.html.includes(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
export const lacks = (text: string) => (page: Page) =>
  page.status >= 200 && page.status < 500 && !shows(text)(page);

/** GETs each page twice, so the change has a cached copy to replace; says how the second GET went. */
async function prime(baseUrl: string, paths: string[]): Promise<string> {
  const states: string[] = [];
  for (const path of paths) {
    await get(baseUrl, path);
    const page = await get(baseUrl, path);
    states.push(`${path} ${page.status} ${page.cache ?? 'no x-nextjs-cache'}`);
  }
  return states.join(', ');
}

type Change = () => Promise<ActionResult | boolean>;

/**
 * Primes the pages, runs `change`, then GETs each page once and tests it. With `ageSeconds`, the
 * primed copies are left alone that long first (past their s-maxage: stale by time when the change lands).
 */
export async function check(
  name: string,
  baseUrl: string,
  expects: Expect[],
  change: Change,
  { ageSeconds = 0 } = {},
): Promise<Check> {
  const paths = [...new Set(expects.map((e) => e.path))];
  const before = await prime(baseUrl, paths);
  if (ageSeconds) await new Promise((resolve) => setTimeout(resolve, ageSeconds * 1000));
  let outcome: ActionResult | boolean;
  try {
    outcome = await change();
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const done = typeof outcome === 'boolean' ? outcome : outcome.ok;
  if (!done)
    return {
      name,
      ok: false,
      detail: `the change failed: ${JSON.stringify(outcome).slice(0, 300)}`,
    };
  const results: string[] = [];
  let ok = true;
  for (const e of expects) {
    const page = await get(baseUrl, e.path);
    const pass = e.test(page);
    ok &&= pass;
    results.push(
      `${e.path} ${pass ? '' : 'NOT '}${e.what} (${page.status}${page.cache ? `, ${page.cache}` : ''})`,
    );
  }
  return {
    name,
    ok,
    detail: `${results.join('; ')}. Before: ${before}${ageSeconds ? `, then ${ageSeconds} s untouched` : ''}`,
  };
}

/** Runs checks one after another (each primes its pages after the previous change). */
export async function runChecks(checks: Array<() => Promise<Check>>): Promise<Check[]> {
  const results: Check[] = [];
  for (const run of checks) {
    const result = await run();
    console.log(`  ${result.ok ? 'pass' : 'FAIL'}  ${result.name}`);
    results.push(result);
  }
  return results;
}
