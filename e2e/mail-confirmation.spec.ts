import { eq } from 'drizzle-orm';
import { isConfirmed } from '@/db/queries/email-confirmations';
import { comments } from '@/db/schema';
import { confirmToken } from '@/server/mail/token';
import { signInAs } from './support/auth';
import { CommentForm, commentTestPost, storedComments } from './support/comment-form';
import { expect, test } from './support/fixtures';
import { apiComment, approvedReply } from './support/mail-flow';
import { confirmLink, receivedFor, replyMailRows, unsubscribeLink } from './support/mailbox';
import { uniqueToken } from './support/moderation-queue';

// Double opt-in: anyone can type anyone's address, so reply mail waits for the address's click.

test('a reader who ticks "notify me" confirms the address first, then gets one mail per approved reply; unsubscribing stops the next', async ({
  page,
  browser,
  baseURL,
  db,
  request,
}) => {
  // A reader, a moderator's sign-in (Argon2), three mails through SMTP, a confirmation and an
  // unsubscribe: 30 s was the whole margin on a busy full run.
  test.slow();
  const post = commentTestPost(db);
  const token = uniqueToken();
  const asker = `notify-${token}@example.org`;
  const form = new CommentForm(page);
  await form.goto(post.slug);
  await expect(form.notifyReplies).not.toBeChecked();
  await form.fill({ name: 'Asker', email: asker, body: `Question ${token}` });
  await form.notifyReplies.check();
  await form.submit.click();
  await expect(form.notice).toBeVisible();
  const [parent] = storedComments(db, post.id);
  expect(parent).toMatchObject({ authorEmail: asker, notifyReplies: true });
  db.update(comments).set({ status: 'approved' }).where(eq(comments.id, parent!.id)).run();

  // The first mail only asks the address to confirm: the blog's name and a link, nothing the
  // commenter typed (anyone can type anyone's address).
  await expect.poll(() => receivedFor(asker).length, { timeout: 20_000 }).toBe(1);
  const [confirmation] = receivedFor(asker);
  expect(confirmation!.headers.get('subject')).toMatch(/^Confirm reply emails from /);
  expect(confirmation!.text).not.toContain(token);
  expect(confirmation!.text).not.toContain('Asker');

  // A reply approved before the link is used mails nobody, then or later.
  const replier = `replier-${token}@example.org`;
  await signInAs(page, 'moderator');
  await approvedReply(page, db, request, post, {
    parentId: parent!.id,
    email: replier,
    body: `Early answer ${token}`,
  });
  expect(replyMailRows(db, parent!.id)).toEqual([]);

  // The link works without signing in; opening it changes nothing until the button is pressed.
  const anonymous = await (await browser.newContext({ baseURL })).newPage();
  await anonymous.goto(confirmLink(confirmation!));
  await expect(anonymous.getByRole('heading', { name: 'Confirm reply emails' })).toBeVisible();
  expect(isConfirmed(db, asker)).toBe(false);
  await anonymous.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(anonymous.getByRole('status')).toContainText('Confirmed');
  expect(isConfirmed(db, asker)).toBe(true);

  const body = `Answer ${token}`;
  const replyId = await approvedReply(page, db, request, post, {
    parentId: parent!.id,
    email: replier,
    body,
  });
  await expect.poll(() => receivedFor(asker).length, { timeout: 20_000 }).toBe(2);
  const mail = receivedFor(asker)[1];
  expect(mail!.headers.get('subject')).toBe(
    `New reply to your comment on “Comment test ${post.slug}”`,
  );
  expect(mail!.text).toContain(`> ${body}`);
  expect(mail!.text).not.toContain('Early answer');
  expect(mail!.text).toContain(`${baseURL}/en/posts/${post.slug}#comment-${replyId}`);
  expect(mail!.text).not.toContain(replier);
  expect(mail!.headers.get('list-unsubscribe')).toMatch(
    /^<http:\/\/localhost:\d+\/api\/unsubscribe\?token=/,
  );
  expect(mail!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  // The SMTP server has the message before the sender hears its 250 and marks the row sent.
  await expect
    .poll(() => replyMailRows(db, parent!.id))
    .toEqual([expect.objectContaining({ status: 'sent', attempts: 1, toAddress: asker })]);

  await anonymous.goto(unsubscribeLink(mail!));
  await expect(anonymous.getByRole('heading', { name: 'Stop reply emails' })).toBeVisible();
  expect(storedComments(db, post.id)[0]!.notifyReplies).toBe(true);
  await anonymous.getByRole('button', { name: 'Stop reply emails' }).click();
  await expect(anonymous.getByRole('status')).toContainText('no more emails will be sent');
  expect(storedComments(db, post.id)[0]!.notifyReplies).toBe(false);
  expect(isConfirmed(db, asker)).toBe(false);
  await anonymous.context().close();

  await approvedReply(page, db, request, post, {
    parentId: parent!.id,
    email: replier,
    body: `Second answer ${token}`,
  });
  // Queued in the approval's own transaction, so none now means none ever.
  expect(replyMailRows(db, parent!.id)).toHaveLength(1);
  expect(receivedFor(asker)).toHaveLength(2);
});

test('the confirmation page: a GET confirms nothing; a forged, cut or expired link gets a message in either language', async ({
  page,
  db,
  request,
  axe,
}) => {
  const post = commentTestPost(db);
  const email = `confirm-${uniqueToken()}@example.org`;
  const id = await apiComment(request, post.slug, {
    name: 'Asker',
    email,
    body: 'Tell me of replies',
    notifyReplies: true,
  });
  const week = 7 * 86_400_000;
  const expired = confirmToken(id, email, Date.now() - week - 60_000);
  const [, , sig] = confirmToken(id, email).split('.');
  const forged = `${id}.${Math.floor((Date.now() + week * 52) / 1000)}.${sig}`;
  for (const bad of [
    forged,
    'x',
    `${id}.1.${'A'.repeat(43)}`,
    confirmToken(id, `other-${email}`),
  ]) {
    const response = await page.goto(`/en/confirm-email?token=${encodeURIComponent(bad)}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'This confirmation link is not valid',
    );
  }
  await page.goto(`/ja/confirm-email?token=${encodeURIComponent(expired)}`);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('有効期限が切れています');
  await page.goto(`/en/confirm-email?token=${encodeURIComponent(expired)}`);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('has expired');
  await page.goto(`/ja/confirm-email?token=${encodeURIComponent(confirmToken(id, email))}`);
  await expect(page.getByRole('button', { name: 'アドレスを確認する' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  expect(isConfirmed(db, email)).toBe(false);
  await page.getByRole('button', { name: 'アドレスを確認する' }).click();
  await expect(page.getByRole('status')).toContainText('確認しました');
  expect(isConfirmed(db, email)).toBe(true);
});
