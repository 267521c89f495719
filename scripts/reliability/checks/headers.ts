// 5. Headers: every route sends a CSP (hash-based on cached pages, nonce-based on per-request ones),
// nosniff and a Referrer-Policy; pages run
// in Chromium without a single CSP violation, for readers and for signed-in staff.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@/server/seed';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { commentsPath, jsonHeaders } from '../../bench/comment-api';
import { signIn } from '../../bench/sign-in';
import { inTabs, launchChromium } from '../browser';
import { crawl, isAdminRoute, publicRoutes } from '../crawl';
import { freshApp, pool, type Check, type Test } from '../harness';

const MUST = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** The header rules for one response; pages also need a nonce on every script they carry. */
function checkResponse(check: Check, label: string, response: Response, body: string) {
  const policy = response.headers.get('content-security-policy') ?? '';
  const type = response.headers.get('content-type') ?? '';
  // Scripts, styles and images run nothing of their own: nosniff is what keeps them from being read as HTML.
  if (/javascript|text\/css|^image\//.test(type)) {
    check.ok(
      response.headers.get('x-content-type-options') === 'nosniff',
      `${label}: X-Content-Type-Options is ${response.headers.get('x-content-type-options')}`,
    );
    return;
  }
  check.ok(policy, `${label}: no Content-Security-Policy`);
  check.ok((policy.match(/default-src/g) ?? []).length <= 1, `${label}: more than one CSP header`);
  const parsed = directives(policy);
  for (const rule of MUST)
    check.ok(
      parsed.get(rule.split(' ')[0]!)?.join(' ') === rule.split(' ')[1],
      `${label}: CSP lacks ${rule}`,
    );
  check.ok(
    response.headers.get('x-content-type-options') === 'nosniff',
    `${label}: X-Content-Type-Options is ${response.headers.get('x-content-type-options')}`,
  );
  check.ok(response.headers.get('referrer-policy'), `${label}: no Referrer-Policy`);
  if (
    !(response.headers.get('content-type') ?? '').includes('text/html') ||
    !body.includes('<script')
  )
    return;
  const scripts = parsed.get('script-src') ?? parsed.get('default-src') ?? [];
  check.ok(
    !scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"),
    `${label}: script-src allows unsafe-inline/eval`,
  );
  const tags = [...body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    (m) => !/type="application\/(ld\+)?json"/.test(m[1]!),
  );
  const nonce = scripts.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
  if (nonce) {
    // Rendered per request: every script carries this response's nonce.
    const bare = tags.filter((m) => !m[1]!.includes(`nonce="${nonce}"`));
    check.ok(
      bare.length === 0,
      `${label}: ${bare.length} scripts without the nonce, e.g. ${bare[0]?.[0].slice(0, 120)}`,
    );
    return;
  }
  // Cached: every inline script is allowed by its hash, external ones come from 'self'.
  check.ok(
    scripts.includes("'self'") && !scripts.includes("'strict-dynamic'"),
    `${label}: hash policy without 'self' or with 'strict-dynamic'`,
  );
  const inline = tags.filter((m) => !/\ssrc=/.test(m[1]!));
  const unhashed = inline.filter(
    (m) => !scripts.includes(`'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`),
  );
  check.ok(
    inline.length === 0 || scripts.some((v) => v.startsWith("'sha256-")),
    `${label}: page CSP has neither a nonce nor hashes`,
  );
  check.ok(
    unhashed.length === 0,
    `${label}: ${unhashed.length} inline scripts not in the policy, e.g. ${unhashed[0]?.[0].slice(0, 120)}`,
  );
}

async function fetchAndCheck(check: Check, url: string, label: string, init: RequestInit = {}) {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const body = await response.text();
  checkResponse(check, label, response, body);
  return { response, body };
}

/** One page per path (query variants add nothing here), reader pages without a session, staff pages with one. */
async function browse(
  check: Check,
  baseUrl: string,
  routes: string[],
  cookie: string,
): Promise<number> {
  const distinct = [
    ...new Map(
      routes.map((r) => [
        r.startsWith('/ja/search') || r.startsWith('/en/search') ? r : r.split('?')[0],
        r,
      ]),
    ).values(),
  ];
  const browser = await launchChromium();
  try {
    const reader = await browser.newContext({ baseURL: baseUrl });
    const staff = await browser.newContext({ baseURL: baseUrl });
    await staff.addCookies([
      { name: cookie.split('=')[0]!, value: cookie.slice(cookie.indexOf('=') + 1), url: baseUrl },
    ]);
    const open = async (page: Page, route: string) =>
      void (await page.goto(route, { waitUntil: 'networkidle' }));
    const seen = [
      await inTabs(
        reader,
        distinct.filter((r) => !isAdminRoute(r)),
        open,
      ),
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
  await page
    .getByRole('textbox', { name: /^Comment/ })
    .fill('Checking that the form works under the policy.');
  await page.getByRole('button', { name: 'Post comment' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /awaiting moderation|published/i })
    .waitFor({ timeout: 10_000 });
}

export const headersTest: Test = {
  name: 'headers: CSP with hashes or nonces, nosniff, Referrer-Policy on every route; no CSP violation in Chromium',
  run: async (check) => {
    const fixture = await freshApp('headers');
    const { url } = fixture.app;
    const moderator = DEMO_ACCOUNTS.find((a) => a.role === 'moderator')!;
    const cookie = await signIn(url, moderator.email, moderator.password);
    // Plus the paths an outsider found with no policy or two: the reply page reached directly, a
    // reply id that is not one, and 404 pages under asset and image URLs.
    const odd = [
      `/en/posts/${SEED_POST_SLUG}/reply/1`,
      `/en/posts/${SEED_POST_SLUG}?replyto=abc`,
      '/_next/static/nope.js',
      `/en/posts/${SEED_POST_SLUG}/opengraph-image/nope`,
    ];
    const routes = [...(await publicRoutes(url, ['night'])), '/ja/login', '/ja/admin'];
    const admin = await crawl(url, ['/ja/admin'], { cookie, keep: isAdminRoute, limit: 25 });
    const pages = await pool(routes, 4, async (route) =>
      (await fetchAndCheck(check, url + route, `GET ${route}`)).response.headers
        .get('content-type')
        ?.includes('text/html')
        ? route
        : null,
    );
    await pool(admin, 4, (route) =>
      fetchAndCheck(check, url + route, `GET ${route} (staff)`, { headers: { cookie } }),
    );
    await pool(odd, 4, (route) => fetchAndCheck(check, url + route, `GET ${route}`));
    const { body } = await fetchAndCheck(check, `${url}/en/posts/${SEED_POST_SLUG}`, 'post page');
    // Per-request pages get a fresh nonce each time; cached pages the same hashes for everybody.
    const policy = async (path: string) =>
      (await fetch(url + path)).headers.get('content-security-policy');
    const [search1, search2] = [await policy('/en/search?q=a'), await policy('/en/search?q=a')];
    check.ok(
      search1?.includes("'nonce-") && search1 !== search2,
      'the search page nonce is missing or repeats between requests',
    );
    const [post1, post2] = [
      await policy(`/en/posts/${SEED_POST_SLUG}`),
      await policy(`/en/posts/${SEED_POST_SLUG}`),
    ];
    check.ok(
      post1?.includes("'sha256-") && post1 === post2,
      'the cached post page does not send one stable hash policy',
    );
    const chunk = /<script[^>]*\ssrc="([^"]+)"/.exec(body)?.[1];
    if (check.ok(chunk, 'post page has no script chunk'))
      await fetchAndCheck(check, url + chunk, `GET ${chunk}`);
    await fetchAndCheck(check, url + commentsPath(SEED_POST_SLUG), 'POST comment (201)', {
      method: 'POST',
      headers: jsonHeaders(url),
      body: JSON.stringify({
        name: 'Header check',
        email: 'headers@example.test',
        body: 'Checking headers.',
      }),
    });
    await fetchAndCheck(check, url + commentsPath(SEED_POST_SLUG), 'POST comment (415)', {
      method: 'POST',
      headers: { ...jsonHeaders(url), 'content-type': 'text/plain' },
      body: 'x',
    });
    const visited = await browse(
      check,
      url,
      [...pages.filter((p): p is string => p !== null), ...admin],
      cookie,
    );
    check.figure(
      `${routes.length + admin.length + odd.length + 3} routes checked (${admin.length} staff pages), ${visited} pages opened in Chromium`,
    );
    await fixture.app.stop();
  },
};
