import { eq } from 'drizzle-orm';
import { isConfirmed } from '@/db/queries/email-confirmations';
import { comments, mailOutbox } from '@/db/schema';
import { unsubscribeToken } from '@/server/mail/token';
import { signInAs } from './support/auth';
import { CommentForm, commentTestPost, storedComments } from './support/comment-form';
import { expect, test } from './support/fixtures';
import { apiComment, approvedParent, approveInQueue } from './support/mail-flow';
import { receivedFor, replyMailRows } from './support/mailbox';
import { commentStatus, uniqueToken } from './support/moderation-queue';
import { REFUSED_MARK } from './support/smtp-sink';

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
