import type { Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './support/chromium';
import { expect, test } from './support/fixtures';
import { CommentForm, commentTestPost, storedComments } from './support/comment-form';
import { unique } from './support/posts';
import { storedSuggestions, SuggestPage, suggestionTestPost } from './support/suggestions';

// Chromium counts http://localhost as a secure context, so the suite's own address cannot show
// what a blog served over plain HTTP under its own name gets: no crypto.randomUUID, no secure-only
// APIs. blog.test is mapped to the test server; the page is opened under that name.
const HOST = 'blog.test';

let browser: Browser;
const origin = `http://${HOST}:${process.env.E2E_PORT}`;

test.beforeAll(async ({ playwright }) => {
  browser = await playwright.chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  });
});
test.afterAll(async () => browser.close());

async function plainHttpPage(clientIp: string) {
  const context = await browser.newContext({
    baseURL: origin,
    extraHTTPHeaders: { 'x-forwarded-for': clientIp },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

test('a reader on a plain-HTTP blog posts a comment with JavaScript on', async ({
  db,
  clientIp,
}) => {
  const post = commentTestPost(db);
  const { context, page, errors } = await plainHttpPage(clientIp);
  const form = new CommentForm(page);
  await form.goto(post.slug);
  // The premise: this page is not a secure context, so secure-only APIs are missing.
  expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.randomUUID])).toEqual([
    false,
    'undefined',
  ]);
  const text = `Over plain HTTP ${unique('c')}`;
  await form.send({ name: 'Hanako', email: 'hanako@example.com', body: text });
  await expect(form.notice).toContainText('Your comment is awaiting moderation');
  await expect(form.comment(text)).toContainText('Awaiting moderation');
  expect(storedComments(db, post.id)).toMatchObject([{ body: text, status: 'pending' }]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a reader on a plain-HTTP blog suggests a translation with JavaScript on', async ({
  db,
  clientIp,
}) => {
  const post = suggestionTestPost(db);
  const { context, page, errors } = await plainHttpPage(clientIp);
  const reader = new SuggestPage(page);
  await reader.openFromPost(post.slug);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  const text = `夜に図書館が開く。${unique('t')}`;
  await reader.send({ text, name: 'Hanako', email: 'hanako@example.com' });
  await expect(reader.status).toContainText('Your suggestion is waiting for review');
  expect(storedSuggestions(db, post.id)).toMatchObject([{ body: text, status: 'pending' }]);
  expect(errors).toEqual([]);
  await context.close();
});
