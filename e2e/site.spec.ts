import { expect, test } from './support/fixtures';
import { SEED_POST_SLUG } from './support/seed-fixture';

test('home lists published posts with the blog footer line, newest first', async ({ page }) => {
  await page.goto('/en');
  // Other tests may publish posts meanwhile (a scheduled one becomes the newest): compare the demo's own.
  const titles = await page.locator('.post-card h2').allTextContents();
  const seed = titles.indexOf('Russia and US holding secret talks in Ankara');
  expect(seed).toBeGreaterThanOrEqual(0);
  expect(seed).toBeLessThan(titles.indexOf('A harbour town opens its library at night'));
  await expect(page.getByText('A harbour town opens its library at night')).toBeVisible();
  await expect(page.getByText('Autumn notes (draft)')).toHaveCount(0);
  await expect(page.getByText('The winter market returns')).toHaveCount(0);
  const harbour = page.locator('.post-card', { hasText: 'A harbour town' });
  await expect(harbour.locator('.post-meta')).toContainText(
    /posted by .*ZUKUNASHI.* at .* \| Comment\(2\) \| Culture/,
  );
  await expect(harbour.locator('.coverage')).toContainText('4 of 9 blocks translated');
});

test('the root redirects by Accept-Language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    locale: 'en-US',
    extraHTTPHeaders: { 'accept-language': 'en-US,en;q=0.9' },
  });
  const page = await context.newPage();
  await page.goto(baseURL!);
  expect(new URL(page.url()).pathname).toBe('/en');
  await context.close();
});

test('unknown, draft and scheduled posts answer a real 404', async ({ page }) => {
  for (const slug of ['no-such-post', 'draft-autumn-notes', 'scheduled-winter-market']) {
    const response = await page.goto(`/ja/posts/${slug}`);
    expect(response?.status(), slug).toBe(404);
  }
  await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
  expect((await page.goto('/xx/whatever'))?.status()).toBe(404);
});

test('a post page shows its blocks in the locale language', async ({ page }) => {
  const response = await page.goto(`/ja/posts/${SEED_POST_SLUG}?view=single&lang=ja`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'ロシアと米国がアンカラで秘密会談',
    { useInnerText: true },
  );
});
