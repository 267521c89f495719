import { eq } from 'drizzle-orm';
import type { APIRequestContext } from '@playwright/test';
import { posts } from '@/db/schema';
import { signInAs } from './support/auth';
import { ExportImportPage } from './support/export-import-page';
import { expect, test } from './support/fixtures';

const FIXTURE = 'e2e/fixtures/wxr-visibility.xml';
const PROTECTED_BODY = 'zephyrine plums';
const PROTECTED_COMMENT = 'secret zephyrine tip';
const PRIVATE_BODY = 'quokkaberry';

// One import for the file: every test below reads the posts it made.
test.describe.configure({ mode: 'serial' });

async function text(request: APIRequestContext, path: string) {
  const response = await request.get(path, { headers: { accept: 'text/html' } });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

test('a WordPress export with a password, a private and a draft item imports them as such', async ({
  page,
  db,
}) => {
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const form = new ExportImportPage(page);
  await form.choose('WordPress (WXR, .xml)', FIXTURE, 'en');
  await form.importNow();
  await expect(form.report).toContainText(/Created 4 posts/);
  await expect(form.report).toContainText('imported with the same password (stored hashed)');
  await expect(form.report).toContainText('visible to signed-in staff only');
  const row = (slug: string) => db.select().from(posts).where(eq(posts.slug, slug)).get();
  expect(row('family-recipes')).toMatchObject({ visibility: 'password', status: 'published' });
  expect(row('private-diary')).toMatchObject({ visibility: 'private', status: 'published' });
  expect(row('unfinished-draft')).toMatchObject({ status: 'draft' });

  // Staff read the private post at its protected address; the byline keeps the export's author.
  await page.goto('/en/posts/private-diary/protected');
  await expect(page.getByText(PRIVATE_BODY)).toBeVisible();
  await page.goto('/en/posts/tea-house-notes');
  await expect(page.getByText(/Hana Sato/).first()).toBeVisible();
});

test('a password post: wrong password refused, right one opens body and comments for this browser only', async ({
  page,
  browser,
  request,
}) => {
  await page.goto('/en/posts/family-recipes');
  await expect(page.getByRole('heading', { name: 'Family recipes' })).toBeVisible();
  await expect(page.getByText(PROTECTED_BODY)).toHaveCount(0);
  const password = page.getByLabel('Password');
  await password.fill('not-the-password');
  await page.getByRole('button', { name: 'Read the post' }).click();
  await expect(page.getByRole('alert')).toHaveText('The password is not correct.');
  await expect(password).toHaveValue('');
  expect(await page.content()).not.toContain('not-the-password');

  await password.fill('umeboshi-2021');
  await page.getByRole('button', { name: 'Read the post' }).click();
  await expect(page).toHaveURL(/\/en\/posts\/family-recipes\/protected$/);
  await expect(page.getByText(PROTECTED_BODY)).toBeVisible();
  await expect(page.getByText(PROTECTED_COMMENT)).toBeVisible();
  const opened = await page.request.get('/en/posts/family-recipes/protected');
  expect(opened.headers()['cache-control']).toContain('no-store');
  expect(opened.headers()['x-nextjs-cache']).toBeUndefined();

  // Another browser, and a plain anonymous request right after, see only the form.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto('/en/posts/family-recipes/protected');
  await expect(stranger.getByLabel('Password')).toBeVisible();
  await expect(stranger.getByText(PROTECTED_BODY)).toHaveCount(0);
  await other.close();
  for (const path of ['/en/posts/family-recipes', '/en/posts/family-recipes/protected']) {
    const anonymous = await text(request, path);
    expect(anonymous.body, path).not.toContain('zephyrine');
  }
  // A forged cookie opens nothing.
  const forged = await request.get('/en/posts/family-recipes/protected', {
    headers: { cookie: `taiyaku-unlock-1=9999999999.forged; taiyaku-unlock-2=9999999999.forged` },
  });
  expect(await forged.text()).not.toContain('zephyrine');
});

test('a private post is missing to everyone but staff', async ({ request }) => {
  for (const path of ['/en/posts/private-diary', '/en/posts/private-diary/protected']) {
    const anonymous = await text(request, path);
    expect(anonymous.status, path).toBe(404);
    expect(anonymous.body, path).not.toContain(PRIVATE_BODY);
  }
});

test('feeds, search, sitemap, the home page and the comments API leave both out', async ({
  request,
}) => {
  const leaks = [PROTECTED_BODY, 'zephyrine', PRIVATE_BODY, 'Private diary', 'Family recipes'];
  for (const path of [
    '/en/feed.xml',
    '/en/comments/feed.xml',
    '/sitemap.xml',
    '/en',
    '/en/search?q=zephyrine',
    '/en/search?q=quokkaberry',
  ]) {
    const { body } = await text(request, path);
    for (const leak of leaks) expect(body, `${path}: ${leak}`).not.toContain(leak);
  }
  for (const slug of ['family-recipes', 'private-diary']) {
    const api = await request.get(`/api/posts/${slug}/comments`);
    expect(api.status(), slug).toBe(404);
  }
});

test('old links answer 301 to the post’s current address, unknown ones 404', async ({
  request,
}) => {
  const location = async (path: string) => {
    const response = await request.get(path, { maxRedirects: 0 });
    return { status: response.status(), location: response.headers()['location'] };
  };
  for (const [old, slug] of [
    ['/2021/03/04/tea-house-notes', 'tea-house-notes'],
    ['/?p=201', 'tea-house-notes'],
    ['/?p=202', 'family-recipes'],
    ['/2021/03/06/private-diary', 'private-diary'],
  ] as const) {
    const answer = await location(old);
    expect(answer.status, old).toBe(301);
    expect(answer.location, old).toMatch(new RegExp(`^/(en|ja)/posts/${slug}$`));
  }
  expect((await location('/?p=204')).status).toBe(404);
  expect((await location('/no/such/old-link')).status).toBe(404);
  // A draft's old link, and a protected post's target page, still hide the text.
  const followed = await request.get('/?p=203');
  expect(followed.status()).toBe(404);
  expect(await followed.text()).not.toContain(PRIVATE_BODY);
});
