import http from 'node:http';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { insertPost, unique } from './support/posts';
import { SEED_POST_SLUG } from './support/seed-fixture';
import { parseXml } from './support/site-pages';

const DAY = 86_400_000;
const BAD_SRC = 'https://example.com:99999/x.png';

/** A GET with a Host header of our choosing (fetch and Playwright send the real one). */
function getWithHost(
  baseURL: string,
  path: string,
  host: string,
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const headers = { host, 'x-forwarded-host': host, 'x-forwarded-proto': 'https' };
    http
      .get(
        { hostname: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path, headers },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      )
      .on('error', reject);
  });
}

test('a stored image address that does not parse drops the image, not the feeds or the page', async ({
  db,
  page,
  request,
}) => {
  const slug = unique('bad-image');
  // Among the newest 20 (feeds), yet older than the demo posts other tests read from the home page.
  const id = insertPost(db, {
    slug,
    publishedAt: new Date(Date.now() - 30 * DAY - 3_600_000),
    titles: { en: 'A post with a broken picture' },
    blocks: [
      { kind: 'image', texts: { en: 'Broken picture' } },
      { texts: { en: 'Text after the broken picture.' } },
    ],
  });
  // Written behind the validation's back, as an old row or a hand edit would be.
  db.$client
    .prepare("update blocks set src = ? where post_id = ? and kind = 'image'")
    .run(BAD_SRC, id);

  for (const locale of ['ja', 'en']) {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status(), `${locale} feed`).toBe(200);
    const text = await response.text();
    expect((await parseXml(page, text)).error).toBeNull();
    expect(text).toContain('Text after the broken picture.');
    expect(text).not.toContain('example.com:99999');
  }
  const response = await page.goto(`/en/posts/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Text after the broken picture.').first()).toBeVisible();
  await expect(page.locator('article img')).toHaveCount(0);
});

test('absolute links come from SITE_URL, never from the Host header', async ({ baseURL }) => {
  for (const path of [
    '/ja/feed.xml',
    '/en/comments/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    `/ja/posts/${SEED_POST_SLUG}`,
  ]) {
    const { status, body } = await getWithHost(baseURL!, path, 'evil.example');
    expect(status, path).toBe(200);
    expect(body, path).not.toContain('evil.example');
    expect(body, path).toContain(`${baseURL}/`);
  }
  const { body } = await getWithHost(baseURL!, `/ja/posts/${SEED_POST_SLUG}`, 'evil.example');
  for (const property of ['og:image', 'og:url']) {
    const content = new RegExp(`<meta property="${property}" content="([^"]+)"`).exec(body)?.[1];
    expect(content, property).toMatch(new RegExp(`^${baseURL}/ja/posts/${SEED_POST_SLUG}`));
  }
  expect(/<link rel="canonical" href="([^"]+)"/.exec(body)?.[1]).toBe(
    `${baseURL}/ja/posts/${SEED_POST_SLUG}`,
  );
});

test('bad paths and parameters get 400 or 404, never 500', async ({ request }) => {
  for (const [path, status] of [
    ['/ja/posts/%ff', 400],
    ['/ja/categories/%ff', 400],
    ['/ja/posts/%E3%81', 400],
    ['/en/%ff/x', 400],
    ['/media/%ff', 400],
    ['/ja/archives/9999/99', 404],
    ['/ja/archives/2026/13', 404],
    ['/ja/posts/%E6%97%A5', 404],
  ] as const) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(status);
  }
});

test('signed in, /login?next= with non-ASCII text redirects to it percent-encoded', async ({
  page,
}) => {
  await signInAs(page, 'owner');
  const response = await page.request.get(
    `/ja/login?next=${encodeURIComponent('/ja/admin/posts?q=日本語')}`,
    { maxRedirects: 0 },
  );
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe('/ja/admin/posts?q=%E6%97%A5%E6%9C%AC%E8%AA%9E');
  // Unencoded in the query string, as a hand-typed link would be.
  const raw = await page.request.get('/ja/login?next=/日本語', { maxRedirects: 0 });
  expect(raw.status()).toBe(307);
  expect(raw.headers().location).toBe('/%E6%97%A5%E6%9C%AC%E8%AA%9E');
});
