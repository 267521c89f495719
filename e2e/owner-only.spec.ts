// Owner pages and owner actions refuse a moderator (403), and nothing changes.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { categories, posts, postTranslations, revisions, settings, users } from '@/db/schema';
import { signInAs } from './support/auth';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { SEED_POST_SLUG } from './support/seed-fixture';
import { PNG } from './support/tiny-png';

test.describe.configure({ timeout: 120_000 });

type Captured = { url: string; headers: Record<string, string>; body: Buffer | null };

test('a moderator is refused every owner page and every owner action (403), and nothing changes', async ({
  page,
  browser,
  db,
  baseURL,
}) => {
  const seedPost = db.select().from(posts).where(eq(posts.slug, SEED_POST_SLUG)).get()!;
  const revisionsOf = () =>
    db.select().from(revisions).where(eq(revisions.postId, seedPost.id)).all().length;
  const category = db.select().from(categories).orderBy(categories.id).get()!;

  // The owner's own calls, intercepted before they reach the server: each action's id and body.
  const captured: Captured[] = [];
  page.on('dialog', (dialog) => dialog.accept());
  await signInAs(page, 'owner', { next: `/en/admin/posts/${seedPost.id}/edit` });
  const editor = new EditorPage(page);
  await editor.save(); // unchanged: a second revision to restore from
  const before = {
    revisions: revisionsOf(),
    settings: db.select().from(settings).get(),
    categories: db.select().from(categories).all().length,
  };
  await page.route('**/*', (route) => {
    const request = route.request();
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
    captured.push({
      url: request.url(),
      headers: request.headers(),
      body: request.postDataBuffer(),
    });
    return route.abort();
  });
  await editor.title('en').fill('Taken over');
  await editor.saveButton.click();
  await page.goto(`/en/admin/posts/${seedPost.id}/revisions`);
  await page
    .getByRole('button', { name: /^Restore the revision of/ })
    .first()
    .click();
  await page
    .getByRole('dialog', { name: 'Restore this revision?' })
    .getByRole('button', { name: 'Restore', exact: true })
    .click();
  await page.goto('/en/admin/settings');
  await page.getByLabel('Blog title (English)').fill('Taken over');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.goto('/en/admin/categories');
  await page
    .getByRole('form', { name: category.slug })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page.goto('/en/admin/users');
  await page.getByLabel('Name').fill('Intruder');
  await page.getByLabel('Email').fill('intruder@example.com');
  await page.getByLabel('First password').fill('intruder-password');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect.poll(() => captured.length).toBe(5);

  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '10.99.0.7' },
  });
  const moderator = await context.newPage();
  await signInAs(moderator, 'moderator');
  const ownerPages = [
    'posts/new',
    'posts/import',
    `posts/${seedPost.id}/edit`,
    `posts/${seedPost.id}/preview`,
    `posts/${seedPost.id}/revisions`,
    'categories',
    'settings',
    'users',
  ];
  for (const path of ownerPages)
    expect((await moderator.goto(`/en/admin/${path}`))?.status(), path).toBe(403);
  for (const call of captured) {
    const { 'next-action': action, 'content-type': type } = call.headers;
    const response = await context.request.post(call.url, {
      headers: {
        'next-action': action!,
        'content-type': type!,
        accept: 'text/x-component',
        origin: baseURL!,
      },
      data: call.body ?? '',
      maxRedirects: 0,
    });
    expect(response.status(), call.url).toBe(403);
  }
  const upload = await context.request.post('/api/media', {
    multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: PNG } },
    headers: { origin: baseURL! },
  });
  expect(upload.status()).toBe(403);
  // Exports are uploaded to a route handler (the import page shows the upload's progress).
  const exportUpload = await context.request.post('/api/import', {
    multipart: {
      format: 'mt',
      language: 'ja',
      dryRun: 'false',
      file: {
        name: 'mt-export.txt',
        mimeType: 'text/plain',
        buffer: readFileSync('e2e/fixtures/mt-export.txt'),
      },
    },
    headers: { origin: baseURL! },
  });
  expect(exportUpload.status()).toBe(403);
  await context.close();

  expect(
    db
      .select()
      .from(postTranslations)
      .where(eq(postTranslations.postId, seedPost.id))
      .all()
      .map((t) => t.title),
  ).not.toContain('Taken over');
  expect(revisionsOf()).toBe(before.revisions);
  expect(db.select().from(settings).get()).toEqual(before.settings);
  expect(db.select().from(categories).all()).toHaveLength(before.categories);
  expect(db.select().from(users).where(eq(users.email, 'intruder@example.com')).all()).toHaveLength(
    0,
  );
  expect(db.select().from(posts).where(eq(posts.slug, '2023-04-book-fair-2')).all()).toHaveLength(
    0,
  );
});
