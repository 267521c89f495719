import { eq } from 'drizzle-orm';
import { comments, users } from '@/db/schema';
import { CommentForm, commentTestPost, freshIp, storedComments } from './support/comment-form';
import { expect, test } from './support/fixtures';

const approve = (db: Parameters<typeof storedComments>[0], id: number) =>
  db.update(comments).set({ status: 'approved' }).where(eq(comments.id, id)).run();

/** The tag on a comment: its language named in that language, with a screen-reader prefix. */
const tag = (form: CommentForm, text: string) => form.comment(text).locator('.comment-lang');

test('a Japanese comment posted from /en is tagged ja, and the thread is the same on /ja', async ({
  page,
  db,
}) => {
  const post = commentTestPost(db);
  const form = new CommentForm(page);
  await form.goto(post.slug, 'en');
  await form.send({
    name: '花子',
    email: 'hanako@example.jp',
    body: '英語のページから書きました。',
  });
  await expect(form.notice).toBeVisible();
  const [row] = storedComments(db, post.id);
  expect(row).toMatchObject({ status: 'pending', language: 'ja' });

  approve(db, row!.id);
  for (const locale of ['en', 'ja']) {
    await form.goto(post.slug, locale);
    await expect(tag(form, '英語のページから')).toHaveText(
      locale === 'en' ? 'Language: 日本語' : '言語: 日本語',
    );
    await expect(tag(form, '英語のページから').locator('[lang="ja"]')).toHaveText('日本語');
    await expect(form.comment('英語のページから').locator('.comment-text')).toHaveAttribute(
      'lang',
      'ja',
    );
  }
});

test('the JSON API follows the same rule: the text decides, not Accept-Language', async ({
  request,
  db,
}) => {
  const post = commentTestPost(db);
  const send = (body: string, language: string) =>
    request.post(`/api/posts/${post.slug}/comments`, {
      data: { name: 'API', email: 'api@example.com', body },
      headers: { 'accept-language': language, 'x-forwarded-for': freshIp() },
    });
  expect((await send('日本語で送ったコメントです。', 'en-US,en;q=0.9')).status()).toBe(201);
  expect((await send('An English comment sent as Japanese.', 'ja')).status()).toBe(201);
  expect((await send('👍', 'en')).status()).toBe(201);
  expect(storedComments(db, post.id).map((c) => c.language)).toEqual(['ja', 'en', 'en']);
});

test('readers filter the thread to one language without JavaScript; staff replies wear a badge', async ({
  browser,
  baseURL,
  db,
}) => {
  const post = commentTestPost(db);
  const owner = db.select().from(users).where(eq(users.role, 'owner')).get()!;
  const add = (body: string, language: string, extra: Partial<typeof comments.$inferInsert> = {}) =>
    db
      .insert(comments)
      .values({
        postId: post.id,
        authorName: 'Reader',
        authorEmail: 'reader@example.org',
        body,
        language,
        status: 'approved',
        ...extra,
      })
      .run();
  add('日本語のコメントです。', 'ja');
  add('An English comment.', 'en');
  add('スタッフの返信です。', 'ja', { userId: owner.id, authorName: owner.name });

  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const form = new CommentForm(page);
  await form.goto(post.slug, 'en');
  const filter = page.getByRole('navigation', { name: 'Show comments in' });
  await expect(filter.getByRole('link')).toHaveText(['All (3)', '日本語 (2)', 'English (1)']);
  await expect(form.comment('スタッフの返信').locator('.comment-staff-badge')).toHaveText('Staff');
  await expect(form.comment('日本語のコメント').locator('.comment-staff-badge')).toHaveCount(0);

  await filter.getByRole('link', { name: 'English (1)' }).click();
  await expect(page).toHaveURL(/#comments-in-en$/);
  await expect(form.comment('An English comment.')).toBeVisible();
  await expect(form.comment('日本語のコメント')).toBeHidden();
  await expect(form.comment('スタッフの返信')).toBeHidden();

  await filter.getByRole('link', { name: '日本語 (2)' }).click();
  await expect(form.comment('An English comment.')).toBeHidden();
  await expect(form.comment('日本語のコメント')).toBeVisible();

  await filter.getByRole('link', { name: 'All (3)' }).click();
  for (const text of ['An English comment.', '日本語のコメント', 'スタッフの返信'])
    await expect(form.comment(text)).toBeVisible();
  await context.close();
});
