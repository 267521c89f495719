import type { Page } from '@playwright/test';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { SEED_POST_SLUG } from './support/seed-fixture';

// Runs alone after every other spec (playwright.config.ts, project blog-wide): the reading face is
// a blog-wide setting that every page shows.

const fontOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);

async function chooseFace(page: Page, face: '明朝体（セリフ）' | 'ゴシック体（サンセリフ）') {
  await page.goto('/ja/admin/settings');
  await page.getByLabel('日本語の本文').selectOption({ label: face });
  await page.getByRole('button', { name: '設定を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '設定を保存しました。' })).toBeVisible();
}

test('the owner picks a serif face for Japanese text: cached pages show it, titles and the English column stay sans', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const reader = await (await browser.newContext({ baseURL })).newPage();
  const postUrl = `/ja/posts/${SEED_POST_SLUG}?view=side-by-side`;
  const jaText = '#reading .cell[lang="ja"] .block-text p';
  // The page is in the cache, in sans.
  await reader.goto(postUrl);
  expect(await fontOf(reader, jaText)).toMatch(/^-apple-system, .*'?Hiragino Sans'?/);
  await expect(reader.locator('html')).not.toHaveAttribute('data-serif', /./);

  await signInAs(page, 'owner', { next: '/ja/admin/settings' });
  try {
    await chooseFace(page, '明朝体（セリフ）');
    const response = await reader.goto(postUrl);
    // Saving expired the cached page: the very next reader gets the serif face, by a class-free
    // attribute on <html> and the stylesheet — the policy still allows no inline style.
    await expect(reader.locator('html')).toHaveAttribute('data-serif', 'ja');
    expect(await fontOf(reader, jaText)).toMatch(/^"?Hiragino Mincho ProN"?/);
    expect(await fontOf(reader, '#reading .cell[lang="en"] .block-text p')).not.toMatch(
      /Mincho|Georgia/,
    );
    expect(await fontOf(reader, '.post-header .title:lang(ja)')).not.toMatch(/Mincho/);
    expect(await fontOf(reader, '#reading h2:lang(ja)')).not.toMatch(/Mincho/);
    const styleSrc = response!
      .headers()
      ['content-security-policy']!.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('style-src '));
    expect(styleSrc).not.toContain("'unsafe-inline'");
    // Listing excerpts read in it too.
    await reader.goto('/ja');
    expect(await fontOf(reader, '.post-card .excerpt:lang(ja)')).toMatch(/Mincho/);
    // The form shows the choice as saved.
    await page.reload();
    await expect(page.getByLabel('日本語の本文')).toHaveValue('serif');
  } finally {
    await chooseFace(page, 'ゴシック体（サンセリフ）');
  }
  await reader.goto(postUrl);
  expect(await fontOf(reader, jaText)).not.toMatch(/Mincho/);
  await reader.context().close();
});
