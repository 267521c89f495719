// The blog's look (issue 23): description, accent colour and logo from the settings screen, and
// untranslated categories listed on the categories screen. Blog-wide: runs alone after the rest.
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { categories, settings } from '@/db/schema';
import { checkAccent } from '@/lib/accent';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

const GREEN = '#1e6b34';
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const accentOf = (page: Page) =>
  page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
  );

test('the owner sets a description, an accent and a logo; a pale accent is refused with the value kept', async ({
  page,
  db,
  axe,
}) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  try {
    await signInAs(page, 'owner');
    await page.goto('/en/admin/settings');
    const look = page.getByRole('group', { name: 'Look' });
    const accent = look.getByLabel('Accent colour', { exact: true });
    await page.getByLabel('Description (English)').fill('Notes between two languages.');
    await accent.fill('#ffcc00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(look.getByText(/Too little contrast/)).toBeVisible();
    await expect(accent).toHaveValue('#ffcc00');
    await expect(look.getByText(/Contrast on the light page: 1\.\d:1/)).toBeVisible();
    // Refused before anything was stored.
    expect(db.select().from(settings).get()?.accentColor ?? null).toBeNull();

    await accent.fill(GREEN);
    await expect(look.getByLabel('Pick the accent colour')).toHaveValue(GREEN);
    await look.getByLabel('Logo', { exact: true }).setInputFiles('e2e/fixtures/cover.png');
    await expect(look.getByRole('img', { name: 'The logo' })).toBeVisible();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    const saved = db.select().from(settings).get()!;
    expect(saved.accentColor).toBe(GREEN);
    expect(saved.logoMediaId).toEqual(expect.any(Number));

    await page.goto('/en');
    const header = page.locator('.site-header');
    await expect(header.locator('.site-description')).toHaveText('Notes between two languages.');
    const logo = header.locator('img.site-logo');
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      'Notes between two languages.',
    );
    const icon = await page.locator('link[rel="icon"][sizes="32x32"]').getAttribute('href');
    expect(icon).toMatch(/^\/logo\/32\/[0-9a-f]{32}\.png$/);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
      'href',
      /^\/logo\/180\/[0-9a-f]{32}\.png$/,
    );
    const favicon = await page.request.get(icon!);
    expect(favicon.headers()['content-type']).toBe('image/png');
    expect(await sharp(await favicon.body()).metadata()).toMatchObject({ width: 32, height: 32 });

    // Applied through the stylesheet: the custom property and a button painted with it.
    expect(await accentOf(page)).toBe(GREEN);
    await expect(header.getByRole('button', { name: 'Search' })).toHaveCSS(
      'background-color',
      rgb(GREEN),
    );
    expect(await axe(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accentOf(page)).toBe(checkAccent(GREEN)!.dark);
    expect(await axe(page), 'dark').toEqual([]);
    // The logo and the description fit a phone: nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/ja');
    await expect(page.locator('img.site-logo')).toBeVisible();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    expect(refused).toEqual([]);
  } finally {
    db.update(settings)
      .set({ accentColor: null, logoMediaId: null, descriptions: { ja: '', en: '' } })
      .where(eq(settings.id, 1))
      .run();
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en');
  await expect(page.locator('img.site-logo')).toHaveCount(0);
  await expect(page.locator('link[rel="icon"][href="/icon.svg"]')).toHaveCount(1);
  expect(await accentOf(page)).toBe('#0b5cad');
});

test('a logo whose media is gone reads as no logo; the stylesheet route serves only passing colours', async ({
  page,
  db,
}) => {
  try {
    db.update(settings).set({ logoMediaId: 999_999 }).where(eq(settings.id, 1)).run();
    await page.goto('/ja');
    await expect(page.locator('.site-header')).toBeVisible();
    await expect(page.locator('img.site-logo')).toHaveCount(0);
  } finally {
    db.update(settings).set({ logoMediaId: null }).where(eq(settings.id, 1)).run();
  }
  const css = await page.request.get('/accent/1e6b34.css');
  expect(css.headers()['content-type']).toBe('text/css; charset=utf-8');
  expect(await css.text()).toContain('--accent:#1e6b34');
  expect((await page.request.get('/accent/ffcc00.css')).status()).toBe(404);
});

test('the categories screen lists categories without a name in a blog language, with a way to add it', async ({
  page,
  db,
}) => {
  const slug = `kaidan-${Date.now()}`;
  const { id } = db
    .insert(categories)
    .values({ slug, names: { ja: '怪談' } })
    .returning({ id: categories.id })
    .get();
  try {
    await signInAs(page, 'owner');
    await page.goto('/en/admin/categories');
    const list = page.getByRole('region', { name: 'Categories without a name in every language' });
    const item = list.getByRole('listitem').filter({ hasText: slug });
    await expect(item.locator('[lang="ja"]')).toHaveText('怪談');
    await item.getByRole('link', { name: 'Add the English name' }).click();
    await expect(page).toHaveURL(new RegExp(`#c${id}-name-en$`));
    const form = page.getByRole('form', { name: slug });
    await form.getByLabel('Name (English)').fill('Ghost stories');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Saved.')).toBeVisible();
    await page.reload();
    await expect(list.getByRole('listitem').filter({ hasText: slug })).toHaveCount(0);
  } finally {
    db.delete(categories).where(eq(categories.id, id)).run();
  }
});
