// 5. Headers: every route sends a CSP (nonce-based on pages), nosniff and a Referrer-Policy; pages run
// in Chromium without a single CSP violation, for readers and for signed-in staff.
import type { Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@/db/seed';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { commentsPath, jsonHeaders } from '../../bench/comment-api';
import { signIn } from '../../bench/sign-in';
import { inTabs, launchChromium } from '../browser';
import { crawl, isAdminRoute, publicRoutes } from '../crawl';
import { freshApp, pool, type Check, type Test } from '../harness';

const MUST = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...values]) => [name!.toLowerCase(), values]));
}

/** The header rules for one response; pages also need a nonce on every script they carry. */
function checkResponse(check: Check, label: string, response: Response, body: string) {
  const policy = response.headers.get('content-security-policy') ?? '';
  check.ok(policy, `${label}: no Content-Security-Policy`);
  check.ok((policy.match(/default-src/g) ?? []).length <= 1, `${label}: more than one CSP header`);
  const parsed = directives(policy);
  for (const rule of MUST) check.ok(parsed.get(rule.split(' ')[0]!)?.join(' ') === rule.split(' ')[1], `${label}: CSP lacks ${rule}`);
  check.ok(response.headers.get('x-content-type-options') === 'nosniff', `${label}: X-Content-Type-Options is ${response.headers.get('x-content-type-options')}`);
  check.ok(response.headers.get('referrer-policy'), `${label}: no Referrer-Policy`);
  if (!(response.headers.get('content-type') ?? '').includes('text/html') || !body.includes('<script')) return;
  const scripts = parsed.get('script-src') ?? parsed.get('default-src') ?? [];
  const nonce = scripts.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
  check.ok(nonce, `${label}: page CSP has no nonce`);
  check.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), `${label}: script-src allows unsafe-inline/eval`);
  const executable = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/type="application\/(ld\+)?json"/.test(tag));
  const bare = executable.filter((tag) => !tag.includes(`nonce="${nonce}"`));
  check.ok(bare.length === 0, `${label}: ${bare.length} scripts without the nonce, e.g. ${bare[0]?.slice(0, 120)}`);
}

async function fetchAndCheck(check: Check, url: string, label: string, init: RequestInit = {}) {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const body = await response.text();
  checkResponse(check, label, response, body);
  return { response, body };
}

/** One page per path (query variants add nothing here), reader pages without a session, staff pages with one. */
async function browse(check: Check, baseUrl: string, routes: string[], cookie: string): Promise<number> {
  const distinct = [...new Map(routes.map((r) => [r.startsWith('/ja/search') || r.startsWith('/en/search') ? r : r.split('?')[0], r])).values()];
  const browser = await launchChromium();
  try {
    const reader = await browser.newContext({ baseURL: baseUrl });
    const staff = await browser.newContext({ baseURL: baseUrl });
    await staff.addCookies([{ name: cookie.split('=')[0]!, value: cookie.slice(cookie.indexOf('=') + 1), url: baseUrl }]);
    const open = async (page: Page, route: string) => void (await page.goto(route, { waitUntil: 'networkidle' }));
    const seen = [
      await inTabs(reader, distinct.filter((r) => !isAdminRoute(r)), open),
      await inTabs(staff, distinct.filter(isAdminRoute), open),
      await inTabs(reader, ['interact'], (page) => interact(page), 1),
    ].flatMap((s) => s.violations);
    check.ok(seen.length === 0, `CSP violations: ${seen.slice(0, 5).join(' | ')}`);
    return distinct.length + 1;
  } finally {
    await browser.close();
  }
}

/** What runs script on a post page: switching the view and posting a comment through the action. */
async function interact(page: Page) {
  await page.goto(`/en/posts/${SEED_POST_SLUG}`, { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: 'Interleaved' }).first().click();
  await page.getByRole('textbox', { name: /^Name/ }).fill('CSP reader');
  await page.getByRole('textbox', { name: /^Email/ }).fill('csp@example.test');
  await page.getByRole('textbox', { name: /^Comment/ }).fill('Checking that the form works under the policy.');
  await page.getByRole('button', { name: 'Post comment' }).click();
  await page.getByRole('status').filter({ hasText: /awaiting moderation|published/i }).waitFor({ timeout: 10_000 });
}

export const headersTest: Test = {
  name: 'headers: CSP with nonces, nosniff, Referrer-Policy on every route; no CSP violation in Chromium',
  run: async (check) => {
    const fixture = await freshApp('headers');
    const { url } = fixture.app;
    const moderator = DEMO_ACCOUNTS.find((a) => a.role === 'moderator')!;
    const cookie = await signIn(url, moderator.email, moderator.password);
    const routes = [...(await publicRoutes(url, ['night'])), '/ja/login', '/ja/admin'];
    const admin = await crawl(url, ['/ja/admin'], { cookie, keep: isAdminRoute, limit: 25 });
    const pages = await pool(routes, 4, async (route) => ((await fetchAndCheck(check, url + route, `GET ${route}`)).response.headers.get('content-type')?.includes('text/html') ? route : null));
    await pool(admin, 4, (route) => fetchAndCheck(check, url + route, `GET ${route} (staff)`, { headers: { cookie } }));
    const { body } = await fetchAndCheck(check, `${url}/en/posts/${SEED_POST_SLUG}`, 'post page');
    const policies = await Promise.all([1, 2].map(async () => (await fetch(`${url}/en/posts/${SEED_POST_SLUG}`)).headers.get('content-security-policy')));
    check.ok(policies[0] !== policies[1], 'the nonce repeats between requests');
    const chunk = /<script[^>]*\ssrc="([^"]+)"/.exec(body)?.[1];
    if (check.ok(chunk, 'post page has no script chunk')) await fetchAndCheck(check, url + chunk, `GET ${chunk}`);
    await fetchAndCheck(check, url + commentsPath(SEED_POST_SLUG), 'POST comment (201)', { method: 'POST', headers: jsonHeaders(url), body: JSON.stringify({ name: 'Header check', email: 'headers@example.test', body: 'Checking headers.' }) });
    await fetchAndCheck(check, url + commentsPath(SEED_POST_SLUG), 'POST comment (415)', { method: 'POST', headers: { ...jsonHeaders(url), 'content-type': 'text/plain' }, body: 'x' });
    const visited = await browse(check, url, [...pages.filter((p): p is string => p !== null), ...admin], cookie);
    check.figure(`${routes.length + admin.length + 3} routes checked (${admin.length} staff pages), ${visited} pages opened in Chromium`);
    await fixture.app.stop();
  },
};
