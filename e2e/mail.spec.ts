import type { APIRequestContext, Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { emailHash, isConfirmed } from '@/db/queries/email-confirmations';
import { comments, emailConfirmations, mailOutbox } from '@/db/schema';
import { confirmToken, unsubscribeToken } from '@/server/mail/token';
import { signInAs } from './support/auth';
import { CommentForm, commentTestPost, storedComments } from './support/comment-form';
import { expect, test } from './support/fixtures';
import { confirmLink, receivedFor, replyMailRows, unsubscribeLink } from './support/mailbox';
import { commentStatus, ModerationQueue, uniqueToken } from './support/moderation-queue';
import { REFUSED_MARK } from './support/smtp-sink';

type Post = { id: number; slug: string };

/** A comment sent to the JSON API, as any reader's client may; returns its id. */
async function apiComment(
  request: APIRequestContext,
  slug: string,
  data: { name: string; email: string; body: string; parentId?: number; notifyReplies?: boolean },
) {
  const response = await request.post(`/api/posts/${slug}/comments`, { data });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: number }).id;
}

/** As if the address's owner had used the link of its confirmation mail (double opt-in). */
const markConfirmed = (db: Db, email: string) =>
  db
    .insert(emailConfirmations)
    .values({ emailHash: emailHash(email), confirmedAt: new Date() })
    .onConflictDoUpdate({ target: emailConfirmations.emailHash, set: { confirmedAt: new Date() } })
    .run();

/** The arrangement every test starts from: an approved comment by a confirmed `email`. */
async function approvedParent(db: Db, request: APIRequestContext, post: Post, email: string) {
  const id = await apiComment(request, post.slug, {
    name: 'Asker',
    email,
    // Not the address itself: public feeds must never show one, whoever typed it.
    body: `Question from ${email.split('@')[0]}`,
    notifyReplies: true,
  });
  db.update(comments).set({ status: 'approved' }).where(eq(comments.id, id)).run();
  markConfirmed(db, email);
  return id;
}

/** A moderator approves the held comment that contains `text`, through the queue. */
async function approveInQueue(page: Page, db: Db, id: number, text: string) {
  const queue = new ModerationQueue(page);
  await queue.goto({ q: text });
  await queue.rowButton(text, 'Approve').click();
  await expect(queue.message).toBeVisible();
  await expect.poll(() => commentStatus(db, id)).toBe('approved');
}

/** A reply by someone else to `parentId`, approved by the signed-in moderator through the queue. */
async function approvedReply(
  page: Page,
  db: Db,
  request: APIRequestContext,
  post: Post,
  reply: { parentId: number; email: string; body: string },
) {
  const id = await apiComment(request, post.slug, { name: 'Replier', ...reply });
  await approveInQueue(page, db, id, reply.body);
  return id;
}

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

test('a reply to a comment whose author did not ask for mail sends nothing', async ({
  page,
  db,
  request,
}) => {
  const post = commentTestPost(db);
  const token = uniqueToken();
  const quiet = `quiet-${token}@example.org`;
  const parent = await apiComment(request, post.slug, {
    name: 'Quiet',
    email: quiet,
    body: `No mail please ${token}`,
  });
  db.update(comments).set({ status: 'approved' }).where(eq(comments.id, parent)).run();
  const body = `Reply to quiet ${token}`;
  const reply = await apiComment(request, post.slug, {
    name: 'Replier',
    email: `r-${token}@example.org`,
    body,
    parentId: parent,
  });
  await signInAs(page, 'moderator');
  await approveInQueue(page, db, reply, body);
  expect(replyMailRows(db, parent)).toEqual([]);
  expect(receivedFor(quiet)).toEqual([]);
});

test('one-click unsubscribe (RFC 8058) takes a genuine token only, with no sign-in', async ({
  page,
  db,
  request,
  axe,
}) => {
  const post = commentTestPost(db);
  const email = `oneclick-${uniqueToken()}@example.org`;
  const id = await approvedParent(db, request, post, email);
  const token = unsubscribeToken(id, email);
  const forged = `${id}.${'A'.repeat(43)}`;
  const oneClick = (
    t: string,
    form: Record<string, string> = { 'List-Unsubscribe': 'One-Click' },
  ) => request.post(`/api/unsubscribe?token=${encodeURIComponent(t)}`, { form });

  expect((await oneClick(forged)).status()).toBe(400);
  expect((await oneClick('not-a-token')).status()).toBe(400);
  expect((await oneClick(token, { other: 'x' })).status()).toBe(400);
  const crossSite = await request.post(`/api/unsubscribe?token=${token}`, {
    form: { 'List-Unsubscribe': 'One-Click' },
    headers: { origin: 'https://evil.example' },
  });
  expect(crossSite.status()).toBe(403);
  expect(storedComments(db, post.id)[0]!.notifyReplies).toBe(true);
  expect(isConfirmed(db, email)).toBe(true);

  await page.goto(`/en/unsubscribe?token=${forged}`);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'This unsubscribe link is not valid',
  );
  await expect(page.getByRole('button', { name: 'Stop reply emails' })).toHaveCount(0);
  await page.goto(`/ja/unsubscribe?token=${token}`);
  await expect(page.getByRole('button', { name: '返信メールを停止する' })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  const done = await oneClick(token);
  expect(done.status()).toBe(200);
  expect(storedComments(db, post.id)[0]!.notifyReplies).toBe(false);
  // The consent is withdrawn with it: a later comment asking for reply mail asks the address again.
  expect(isConfirmed(db, email)).toBe(false);
});

test('a refused mail leaves the reply approved, records the error for the owner, and is retried', async ({
  page,
  browser,
  baseURL,
  db,
  request,
}) => {
  const post = commentTestPost(db);
  const token = uniqueToken();
  const refused = `${REFUSED_MARK}-${token}@example.org`;
  const parent = await approvedParent(db, request, post, refused);
  const body = `Reply that cannot be mailed ${token}`;
  const reply = await apiComment(request, post.slug, {
    name: 'Replier',
    email: `r-${token}@example.org`,
    body,
    parentId: parent,
  });
  await signInAs(page, 'moderator');
  await approveInQueue(page, db, reply, body);
  await expect.poll(() => replyMailRows(db, parent)[0]?.lastError ?? null).toMatch(/550/);
  const [row] = replyMailRows(db, parent);
  expect(row).toMatchObject({ status: 'queued', attempts: 1 });
  expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
  const reader = await request.get(`/en/posts/${post.slug}`);
  expect(await reader.text()).toContain(body);

  const owner = await (await browser.newContext({ baseURL })).newPage();
  await signInAs(owner, 'owner');
  const mail = owner.getByRole('region', { name: 'Mail' });
  await expect(mail.getByRole('alert')).toContainText('Last mail error (will retry, 1 attempt)');
  await expect(mail.getByRole('alert')).toContainText('550');
  await owner.context().close();

  // Due again: the next request that queues or moves mail sends what is due, and it fails again.
  db.update(mailOutbox)
    .set({ nextAttemptAt: new Date(0) })
    .where(eq(mailOutbox.id, row!.id))
    .run();
  const other = `Unrelated approval ${token}`;
  const otherId = await apiComment(request, post.slug, {
    name: 'Other',
    email: `o-${token}@example.org`,
    body: other,
  });
  await approveInQueue(page, db, otherId, other);
  await expect.poll(() => replyMailRows(db, parent)[0]?.attempts).toBe(2);
  expect(replyMailRows(db, parent)[0]!.nextAttemptAt.getTime()).toBeGreaterThan(
    Date.now() + 4 * 60_000,
  );
  expect(commentStatus(db, reply)).toBe('approved');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form posts the consent as ticked, and stores no consent when left alone', async ({
    page,
    db,
  }) => {
    const post = commentTestPost(db);
    const form = new CommentForm(page);
    await form.goto(post.slug);
    await form.fill({ name: 'Ticked', email: 'ticked@example.org', body: 'Mail me replies' });
    await form.notifyReplies.check();
    await form.submit.click();
    await expect(form.notice).toBeVisible();
    await form.goto(post.slug);
    await form.send({ name: 'Silent', email: 'silent@example.org', body: 'No mail for me' });
    await expect(form.notice).toBeVisible();
    expect(storedComments(db, post.id).map((c) => [c.authorName, c.notifyReplies])).toEqual([
      ['Ticked', true],
      ['Silent', false],
    ]);
  });
});
