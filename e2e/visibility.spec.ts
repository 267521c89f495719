import { eq } from 'drizzle-orm';
import type { APIRequestContext } from '@playwright/test';
import { posts } from '@/db/schema';
import { signInAs } from './support/auth';
import { ExportImportPage, importDone } from './support/export-import-page';
import { expect, test } from './support/fixtures';

const FIXTURE = 'e2e/fixtures/wxr-visibility.xml';
const PROTECTED_BODY = 'glimmerquay plums';
const PROTECTED_COMMENT = 'secret glimmerquay tip';
const PRIVATE_BODY = 'quokkaberry';

// One import for the file: every test below reads the posts it made.
test.describe.configure({ mode: 'serial' });
// Sign-in and the import hash passwords (Argon2id) on a shared machine: allow the usual slack.
test.slow();

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
  await importDone(form.report).toContainText(/Created 4 posts/);
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
  await expect(
    page.getByRole('alert').filter({ hasText: 'The password is not correct.' }),
  ).toBeVisible();
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
    expect(anonymous.body, path).not.toContain('glimmerquay');
  }
  // A forged cookie opens nothing.
  const forged = await request.get('/en/posts/family-recipes/protected', {
    headers: { cookie: `taiyaku-unlock-1=9999999999.forged; taiyaku-unlock-2=9999999999.forged` },
  });
  expect(await forged.text()).not.toContain('glimmerquay');
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
  const leaks = [PROTECTED_BODY, 'glimmerquay', PRIVATE_BODY, 'Private diary', 'Family recipes'];
  for (const path of ['/en/feed.xml', '/en/comments/feed.xml', '/sitemap.xml', '/en']) {
    const { body } = await text(request, path);
    for (const leak of leaks) expect(body, `${path}: ${leak}`).not.toContain(leak);
  }
  // The search page repeats the words asked for; it finds no post with them.
  for (const word of ['glimmerquay', 'quokkaberry']) {
    const { body } = await text(request, `/en/search?q=${word}`);
    expect(body, word).toContain(`No posts found for “${word}”`);
    for (const title of ['Private diary', 'Family recipes'])
      expect(body, word).not.toContain(title);
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

test('the owner adds, edits and deletes a redirect', async ({ page, request }) => {
  await signInAs(page, 'owner', { next: '/en/admin/redirects' });
  await expect(page.getByRole('heading', { name: 'Redirects', level: 1 })).toBeVisible();
  // The import's old links are listed.
  await expect(page.getByRole('form', { name: '/?p=201' })).toBeVisible();
  const add = page.getByRole('form', { name: 'New redirect' });
  await add.getByLabel('Old address').fill('https://old-tea.example/about-me/');
  await add.getByLabel('Leads to (post slug or path)').fill('//evil.test/x');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByText('Enter a post’s slug or a path of this blog')).toBeVisible();
  await add.getByLabel('Leads to (post slug or path)').fill('tea-house-notes');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByRole('status')).toHaveText('Saved.');
  let answer = await request.get('/about-me', { maxRedirects: 0 });
  expect(answer.status()).toBe(301);
  expect(answer.headers()['location']).toMatch(/^\/(en|ja)\/posts\/tea-house-notes$/);

  await page.reload();
  const row = page.getByRole('form', { name: '/about-me' });
  await row.getByLabel('Leads to (post slug or path)').fill('/en/archives');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved.');
  answer = await request.get('/about-me', { maxRedirects: 0 });
  expect(answer.headers()['location']).toBe('/en/archives');

  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('form', { name: '/about-me' })).toHaveCount(0);
  expect((await request.get('/about-me', { maxRedirects: 0 })).status()).toBe(404);
});

test('the owner makes a private post password-protected, and readers need the new password', async ({
  page,
  browser,
  db,
}) => {
  const { id } = db
    .select({ id: posts.id })
    .from(posts)
    .where(eq(posts.slug, 'private-diary'))
    .get()!;
  await signInAs(page, 'owner', { next: `/en/admin/posts/${id}/edit` });
  const form = page.getByRole('form', { name: 'Who may read it' });
  await form.getByLabel('Password protected: readers who know the password').check();
  await form.getByRole('button', { name: 'Save visibility' }).click();
  await expect(form.getByText('Enter your password.')).toBeVisible();
  await form.getByLabel('Reader password').fill('diary-pass');
  await form.getByRole('button', { name: 'Save visibility' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');

  const reader = await browser.newContext();
  const tab = await reader.newPage();
  await tab.goto('/en/posts/private-diary');
  await expect(tab.getByRole('heading', { name: 'Private diary' })).toBeVisible();
  await expect(tab.getByText(PRIVATE_BODY)).toHaveCount(0);
  await tab.getByLabel('Password').fill('diary-pass');
  await tab.getByRole('button', { name: 'Read the post' }).click();
  await expect(tab.getByText(PRIVATE_BODY)).toBeVisible();

  // A new password signs that reader out of the post.
  const field = form.getByLabel('Reader password');
  await field.fill('diary-pass-2');
  await form.getByRole('button', { name: 'Save visibility' }).click();
  // The form empties the field once the save is done.
  await expect(field).toHaveValue('');
  await tab.reload();
  await expect(tab.getByText(PRIVATE_BODY)).toHaveCount(0);
  await expect(tab.getByLabel('Password')).toBeVisible();
  await reader.close();
});
