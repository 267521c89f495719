import { eq } from 'drizzle-orm';
import { comments, posts } from '@/db/schema';
import { expect, test } from './support/fixtures';
import { CommentForm, commentTestPost, freshIp, storedComments } from './support/comment-form';
import { unique } from './support/posts';

const EN = {
  name: 'Please enter your name.',
  email: 'Please enter your email address.',
  emailInvalid: 'Please enter a valid email address, like name@example.com.',
  body: 'Please enter a comment.',
  pending: 'Your comment is awaiting moderation. Until it is approved, only you can see it.',
};
const ONE_INVALID = [
  {
    field: 'name',
    values: { name: '   ', email: 'kept@example.com', body: 'Kept body' },
    message: EN.name,
  },
  {
    field: 'email',
    values: { name: 'Kept Name', email: 'not-an-email', body: 'Kept body' },
    message: EN.emailInvalid,
  },
  {
    field: 'body',
    values: { name: 'Kept Name', email: 'kept@example.com', body: '' },
    message: EN.body,
  },
] as const;

const approve = (db: Parameters<typeof storedComments>[0], id: number) =>
  db.update(comments).set({ status: 'approved' }).where(eq(comments.id, id)).run();

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the comment form, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('an empty submit shows three field errors, focuses the first and stores nothing', async ({
      page,
      db,
    }) => {
      const post = commentTestPost(db);
      const form = new CommentForm(page);
      await form.goto(post.slug);
      await form.submit.click();
      await expect(form.error('name')).toHaveText(EN.name);
      await expect(form.error('email')).toHaveText(EN.email);
      await expect(form.error('body')).toHaveText(EN.body);
      await expect(form.name).toBeFocused();
      await expect(form.name).toHaveAttribute('aria-invalid', 'true');
      expect(storedComments(db, post.id)).toEqual([]);
    });

    test('one invalid field shows its error alone and keeps every typed value', async ({
      page,
      db,
    }) => {
      const post = commentTestPost(db);
      const form = new CommentForm(page);
      await form.goto(post.slug);
      for (const { field, values, message } of ONE_INVALID) {
        await form.send(values);
        await expect(form.error(field)).toHaveText(message);
        await expect(form[field]).toBeFocused();
        for (const other of ['name', 'email', 'body'] as const) {
          await expect(form[other]).toHaveValue(values[other]);
          if (other !== field) await expect(form.error(other)).toBeEmpty();
        }
      }
      expect(storedComments(db, post.id)).toEqual([]);
    });

    test('a valid comment awaits moderation, only its author sees it, and it appears once approved', async ({
      page,
      db,
      browser,
      baseURL,
    }) => {
      const post = commentTestPost(db);
      const form = new CommentForm(page);
      const text = `Held until approved ${unique('text')}`;
      await form.goto(post.slug);
      await form.send({
        name: ' Hanako ',
        email: 'Hanako@Example.com',
        body: `${text}\n\nSecond paragraph.`,
      });
      await expect(form.notice).toHaveText(EN.pending);
      await expect(form.comment(text)).toContainText('Awaiting moderation — visible only to you');
      await expect(form.body).toHaveValue('');
      // The counter starts again with the empty text.
      await expect(page.locator('.comment-count')).toHaveText('0 / 5000');
      const [row] = storedComments(db, post.id);
      expect(row).toMatchObject({
        status: 'pending',
        authorName: 'Hanako',
        authorEmail: 'hanako@example.com',
        body: `${text}\n\nSecond paragraph.`,
        language: 'en',
        reason: 'policy: hold all',
      });
      // Later views are the cached page, the same for everybody: with JavaScript the author's held
      // comment comes from their own no-store request; without it, only the answer above shows it.
      await page.goto(`/en/posts/${post.slug}`);
      if (javaScriptEnabled)
        await expect(form.comment(text)).toContainText('Awaiting moderation — visible only to you');

      const other = await browser.newContext({
        baseURL,
        javaScriptEnabled,
        extraHTTPHeaders: { 'x-forwarded-for': freshIp() },
      });
      const reader = new CommentForm(await other.newPage());
      await reader.goto(post.slug);
      await expect(reader.thread.getByRole('heading', { level: 2 })).toHaveText('0 comments');
      await expect(reader.page.locator('.post-meta')).toContainText('Comment(0)');
      expect(await reader.page.content()).not.toContain(text);

      approve(db, row!.id);
      await reader.page.reload();
      await expect(reader.page.locator(`#comment-${row!.id}`)).toContainText(text);
      await expect(reader.thread.getByRole('heading', { level: 2 })).toHaveText('1 comment');
      await page.reload();
      await expect(form.comment(text)).not.toContainText('Awaiting moderation');
      await other.close();
    });

    test('a reply goes under its comment, and replies stop at the thread depth', async ({
      page,
      db,
    }) => {
      const post = commentTestPost(db);
      const insert = (body: string, parentId: number | null) =>
        db
          .insert(comments)
          .values({
            postId: post.id,
            parentId,
            authorName: `Author of ${body}`,
            authorEmail: 'a@example.com',
            body,
            language: 'en',
            status: 'approved',
          })
          .returning()
          .get();
      const top = insert('top comment', null);
      const second = insert('second level', top.id);
      insert('third level', second.id);
      const form = new CommentForm(page);
      await form.goto(post.slug);
      await expect(form.thread.getByRole('link', { name: /^Reply to/ })).toHaveCount(2);
      await form.thread.getByRole('link', { name: 'Reply to Author of second level' }).click();
      await expect(form.form.getByRole('heading')).toHaveText(/Replying to Author of second level/);
      const text = `A reply ${unique('reply')}`;
      await form.send({ name: 'Replier', email: 'replier@example.com', body: text });
      await expect(form.notice).toHaveText(EN.pending);
      expect(storedComments(db, post.id).find((c) => c.body === text)).toMatchObject({
        parentId: second.id,
        status: 'pending',
      });
      await expect(form.held.filter({ hasText: text })).toContainText(
        'Awaiting moderation — visible only to you',
      );
    });

    test('name and email are remembered on this device only when asked', async ({ page, db }) => {
      const post = commentTestPost(db);
      const form = new CommentForm(page);
      await form.goto(post.slug);
      await expect(form.remember).not.toBeChecked();
      await form.remember.check();
      await form.send({ name: 'Remember Me', email: 'remember@example.com', body: 'First.' });
      await expect(form.notice).toBeVisible();
      await form.goto(post.slug);
      if (!javaScriptEnabled) {
        // The page is cached for everybody: without JavaScript it never holds a reader's details.
        await expect(form.name).toHaveValue('');
        expect(await page.content()).not.toContain('remember@example.com');
        return;
      }
      await expect(form.name).toHaveValue('Remember Me');
      await expect(form.email).toHaveValue('remember@example.com');
      await expect(form.remember).toBeChecked();
      await form.remember.uncheck();
      await form.send({ body: 'Second.' });
      await expect(form.notice).toBeVisible();
      await form.goto(post.slug);
      await expect(form.name).toHaveValue('');
      await expect(form.remember).not.toBeChecked();
    });

    test('the Japanese UI labels the form and answers in Japanese', async ({ page, db }) => {
      const post = commentTestPost(db);
      const form = new CommentForm(page);
      await form.goto(post.slug, 'ja');
      await expect(form.form.getByRole('heading')).toHaveText('コメントを書く');
      await form.submit.click();
      await expect(form.error('name')).toHaveText('お名前を入力してください');
      await expect(form.error('email')).toHaveText('メールアドレスを入力してください');
      await expect(form.error('body')).toHaveText('コメントを入力してください');
      await form.send({
        name: '花子',
        email: 'hanako@example.jp',
        body: '翻訳ありがとうございます。',
      });
      await expect(form.notice).toHaveText(
        'コメントは承認待ちです。承認されるまでは、あなたにだけ表示されます。',
      );
      await expect(form.comment('翻訳ありがとうございます。')).toContainText('承認待ち');
      expect(storedComments(db, post.id)).toMatchObject([{ authorName: '花子', language: 'ja' }]);
    });
  });
}

test('a closed post shows its thread but no form, and refuses comments', async ({
  page,
  db,
  request,
}) => {
  const post = commentTestPost(db);
  db.update(posts).set({ commentsOpen: false }).where(eq(posts.id, post.id)).run();
  const form = new CommentForm(page);
  await form.goto(post.slug);
  await expect(form.thread.getByText('Comments are closed.')).toBeVisible();
  await expect(form.form).toHaveCount(0);
  const response = await request.post(`/api/posts/${post.slug}/comments`, {
    data: { name: 'A', email: 'a@example.com', body: 'Too late' },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: 'Comments on this post are closed.' });
  expect(storedComments(db, post.id)).toEqual([]);
});

test('the comment section passes axe at desktop and 360 px', async ({ page, db, axe }) => {
  // Two axe runs over a whole post page: 31–33 s on a busy full run, well under it alone.
  test.slow();
  const post = commentTestPost(db);
  const form = new CommentForm(page);
  await form.goto(post.slug);
  await form.submit.click();
  await expect(form.error('name')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await axe(page)).toEqual([]);
  const box = await form.thread.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});
