// Screenshots of the reading views for the docs: `npm run screenshots -- http://localhost:3000 SLUG`.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://localhost:3000', slug = 'night-reading-room'] = process.argv.slice(2);
const VIEWS = ['side-by-side', 'single', 'interleaved'];
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };

async function main() {
  mkdirSync('docs/screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox'],
  });
  for (const [size, viewport] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport });
    for (const view of VIEWS) {
      await page.goto(`${base}/ja/posts/${slug}?view=${view}&lang=ja`);
      await page.screenshot({
        path: `docs/screenshots/${view}-${size}.png`,
        fullPage: size === 'phone' ? false : true,
      });
    }
    await page.close();
  }
  await browser.close();
  console.log('Wrote docs/screenshots/*.png');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
