// Screenshots for the docs: `npm run screenshots -- http://localhost:3000 SLUG`.
// The reading views (README), then the home, post and admin pages on a phone (360 px) and a
// desktop, in the light and the dark theme. Admin pages sign in as SCREENSHOT_EMAIL /
// SCREENSHOT_PASSWORD (default: the demo owner printed by `npm start`).
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/support/chromium';

const [base = 'http://localhost:3000', slug = 'night-reading-room'] = process.argv.slice(2);
const OUT = 'docs/screenshots';
const VIEWS = ['side-by-side', 'single', 'interleaved'];
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };
const THEMES = ['light', 'dark'] as const;
/** Name → path; `admin` ones need the session. */
const PAGES: Record<string, { path: string; admin?: boolean }> = {
  'home-ja': { path: '/ja' },
  'home-en': { path: '/en' },
  post: { path: `/ja/posts/${slug}` },
  'admin-settings': { path: '/en/admin/settings', admin: true },
  'admin-categories': { path: '/ja/admin/categories', admin: true },
};

async function readingViews(browser: Browser) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport });
    for (const view of VIEWS) {
      await page.goto(`${base}/ja/posts/${slug}?view=${view}&lang=ja`);
      await page.screenshot({ path: `${OUT}/${view}-${size}.png`, fullPage: size === 'desktop' });
    }
    await page.close();
  }
}

async function signIn(page: Page) {
  await page.goto(`${base}/en/login`);
  await page.getByLabel('Email').fill(process.env.SCREENSHOT_EMAIL ?? 'owner@taiyaku.test');
  await page.getByLabel('Password').fill(process.env.SCREENSHOT_PASSWORD ?? 'taiyaku-owner-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

async function pages(browser: Browser) {
  for (const theme of THEMES) {
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    await signIn(page);
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      for (const [name, { path }] of Object.entries(PAGES)) {
        await page.goto(`${base}${path}`);
        // The first screen a reader sees, and on a desktop the whole page.
        await page.screenshot({
          path: `${OUT}/${name}-${size}-${theme}.png`,
          fullPage: size === 'desktop',
        });
      }
    }
    await context.close();
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  await readingViews(browser);
  await pages(browser);
  await browser.close();
  console.log(`Wrote ${OUT}/*.png`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
