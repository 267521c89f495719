import { signInAs } from './support/auth';
import { addApproved, CommentForm, commentTestPost, storedComments } from './support/comment-form';
import { expect, test } from './support/fixtures';
import { ModerationQueue } from './support/moderation-queue';
import { unique } from './support/posts';

test('replying as on WordPress: the form moves under the comment keeping the text, cancel puts it back, the held reply shows in its thread and the queue says what it answers', async ({
  page,
  db,
}) => {
  test.slow(); // a moderator's sign-in (Argon2) after the reader's part
  const post = commentTestPost(db);
  const parent = addApproved(
    db,
    post.id,
    `Were the leaves already red? ${'Long question. '.repeat(20)}`,
  );
  addApproved(db, post.id, 'Another comment below.');
  const form = new CommentForm(page);
  await form.goto(post.slug);
  const thread = form.comment('Were the leaves already red?');
  await form.body.fill('Started at the bottom.');

  await thread.getByRole('link', { name: 'Reply to Reader' }).click();
  await expect(thread.locator('form#respond')).toBeVisible();
  await expect(form.form.getByRole('heading')).toHaveText(/Replying to Reader/);
  await expect(form.body).toHaveValue('Started at the bottom.');
  await expect(form.body).toBeFocused();

  await form.form.getByRole('link', { name: 'Cancel reply' }).click();
  await expect(thread.locator('form#respond')).toHaveCount(0);
  await expect(form.form.getByRole('heading')).toHaveText('Leave a comment');
  await expect(form.body).toHaveValue('Started at the bottom.');

  await thread.getByRole('link', { name: 'Reply to Reader' }).click();
  const text = `Yes, most of them ${unique('reply')}`;
  await form.send({ name: 'Replier', email: 'replier@example.com', body: text });
  await expect(form.notice).toBeVisible();
  expect(storedComments(db, post.id).find((c) => c.body === text)).toMatchObject({
    parentId: parent.id,
    status: 'pending',
  });
  // Held, it shows under the comment it answers (not at the bottom), marked, and the form went home.
  const held = thread.locator('li.comment.pending', { hasText: text });
  await expect(held).toContainText('Awaiting moderation — visible only to you');
  await expect(thread.locator('form#respond')).toHaveCount(0);
  await expect(page.locator('.comments-held', { hasText: text })).toHaveCount(0);
  // After a reload too (the reader's held comments come from their own request).
  await page.reload();
  await expect(
    form.comment('Were the leaves already red?').locator('li.comment.pending', { hasText: text }),
  ).toBeVisible();

  await page.context().clearCookies();
  await signInAs(page, 'moderator', { next: '/en/admin/comments' });
  const queue = new ModerationQueue(page);
  await queue.goto({ q: text.split(' ').at(-1)! });
  const answered = queue.row(text).getByRole('blockquote', { name: 'The comment it answers' });
  await expect(answered).toContainText('In reply to Reader:');
  await expect(answered).toContainText('Were the leaves already red? Long question.');
  await expect(answered).toContainText('…');
  expect((await answered.innerText()).length).toBeLessThan(220);
});
