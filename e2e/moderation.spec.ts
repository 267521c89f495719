import { eq } from 'drizzle-orm';
import { comments } from '@/db/schema';
import { ACCOUNTS, signInAs } from './support/auth';
import { commentTestPost } from './support/comment-form';
import { expect, test } from './support/fixtures';
import {
  addPendingComments,
  auditFor,
  commentStatus,
  ModerationQueue,
  uniqueToken,
  userIdOf,
} from './support/moderation-queue';

test('a moderator approves a pending comment with the keyboard and a reader then sees it', async ({
  page,
  db,
  browser,
  baseURL,
}) => {
  const token = uniqueToken();
  const post = commentTestPost(db);
  const [comment] = addPendingComments(db, post.id, [`Keyboard approval ${token}`]);
  // A reader loads the post first, so it is cached without the comment.
  const reader = await (await browser.newContext({ baseURL })).newPage();
  await reader.goto(`/en/posts/${post.slug}`);
  await expect(reader.getByText(token)).toHaveCount(0);

  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await expect(queue.row(token)).toContainText('reader1@example.org');
  await expect(queue.row(token)).toContainText(
    'Held because: the blog holds every comment for moderation',
  );
  await queue.ready();
  await page.keyboard.press('j');
  await expect(queue.row(token)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('a');
  await expect(queue.message).toHaveText(/^1 comment approved: Reader 1 on “Comment test /);
  await expect(queue.row(token)).toHaveCount(0);

  expect(commentStatus(db, comment!.id)).toBe('approved');
  expect(auditFor(db, [comment!.id])).toEqual([
    expect.objectContaining({
      action: 'comment.approve',
      actorId: userIdOf(db, ACCOUNTS.moderator.email),
      details: { from: 'pending', to: 'approved' },
    }),
  ]);
  await reader.reload();
  // The post shows it (a "recent comments" list may link to it as well).
  await expect(
    reader.getByText(`Keyboard approval ${token}`, { exact: true }).first(),
  ).toBeVisible();
  await reader.context().close();
});

test('bulk spam moves all three selected comments and logs each with the actor', async ({
  page,
  db,
}) => {
  const token = uniqueToken();
  const made = addPendingComments(
    db,
    commentTestPost(db).id,
    [1, 2, 3].map((n) => `Buy cheap ${token} number ${n}`),
  );
  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await expect(queue.list.getByRole('listitem')).toHaveCount(3);
  await queue.ready();
  await queue.selectAll.check();
  await expect(page.getByText('Selected: 3')).toBeVisible();
  await queue.bulkButton('Spam').click();
  await expect(queue.message).toHaveText(/^3 comments marked as spam: Reader 1 on .*Reader 3 on/);
  await expect(queue.list.getByRole('listitem')).toHaveCount(0);

  const ids = made.map((c) => c.id);
  expect(ids.map((id) => commentStatus(db, id))).toEqual(['spam', 'spam', 'spam']);
  const moderator = userIdOf(db, ACCOUNTS.moderator.email);
  const entries = auditFor(db, ids);
  expect(entries).toHaveLength(3);
  for (const entry of entries)
    expect(entry).toMatchObject({
      action: 'comment.spam',
      actorId: moderator,
      details: { from: 'pending', to: 'spam' },
    });

  await page.getByRole('link', { name: /^Spam/ }).click();
  await expect(page).toHaveURL(/status=spam/);
  await expect(queue.list.getByRole('listitem')).toHaveCount(3);
});

test('x selects with the keyboard; r replies as the signed-in user, published at once', async ({
  page,
  db,
}) => {
  const token = uniqueToken();
  const [first, second] = addPendingComments(db, commentTestPost(db).id, [
    `Question one ${token}`,
    `Question two ${token}`,
  ]);
  await signInAs(page, 'owner', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await queue.ready();
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(queue.row(`Question two ${token}`).getByRole('checkbox')).toBeChecked();
  await page.keyboard.press('j');
  await page.keyboard.press('r');
  const reply = page.getByLabel('Your reply to Reader 1');
  await expect(reply).toBeFocused();
  await reply.fill(`Thanks for asking ${token}`);
  await page.getByRole('button', { name: 'Publish reply' }).click();
  await expect(queue.message).toHaveText('Reply published.');

  const stored = db.select().from(comments).where(eq(comments.parentId, first!.id)).get();
  expect(stored).toMatchObject({
    body: `Thanks for asking ${token}`,
    status: 'approved',
    userId: userIdOf(db, ACCOUNTS.owner.email),
    authorName: ACCOUNTS.owner.name,
  });
  // Replying approves the comment replied to, as WordPress does.
  expect(commentStatus(db, first!.id)).toBe('approved');
  expect(commentStatus(db, second!.id)).toBe('pending');
});

test('editing a comment is logged with the previous text', async ({ page, db }) => {
  const token = uniqueToken();
  const [comment] = addPendingComments(db, commentTestPost(db).id, [`Typo teh ${token}`]);
  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await queue.ready();
  await queue.rowButton(token, 'Edit').click();
  const text = page.getByLabel('Comment text');
  await expect(text).toHaveValue(`Typo teh ${token}`);
  await text.fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Write something first.')).toBeVisible();
  await text.fill(`Typo the ${token}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(queue.message).toHaveText('Comment text saved.');
  await expect(queue.row(token)).toContainText(`Typo the ${token}`);
  expect(auditFor(db, [comment!.id])).toEqual([
    expect.objectContaining({
      action: 'comment.edit',
      details: expect.objectContaining({ previousBody: `Typo teh ${token}` }),
    }),
  ]);
});

test('trash, restore and delete permanently (with confirmation) from the trash', async ({
  page,
  db,
}) => {
  const token = uniqueToken();
  const [kept, gone] = addPendingComments(db, commentTestPost(db).id, [
    `Keep me ${token}`,
    `Delete me ${token}`,
  ]);
  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await expect(queue.list.getByRole('listitem')).toHaveCount(2);
  await queue.ready();
  await queue.selectAll.check();
  await queue.bulkButton('Trash').click();
  await expect(queue.message).toHaveText(
    /^2 comments moved to the trash: Reader 1 on .*Reader 2 on/,
  );
  await queue.goto({ status: 'trash', q: token });
  await queue.ready();
  await queue.rowButton(`Keep me ${token}`, 'Restore').click();
  await expect(queue.message).toHaveText(/^1 comment restored: Reader 1 on/);
  await queue.rowButton(`Delete me ${token}`, 'Delete permanently').click();
  const dialog = page.getByRole('dialog', { name: 'Delete permanently?' });
  await expect(dialog).toContainText('Comments to delete: 1.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(commentStatus(db, gone!.id)).toBe('trash');
  await queue.rowButton(`Delete me ${token}`, 'Delete permanently').click();
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(queue.message).toHaveText('Comments deleted permanently: 1');
  expect(commentStatus(db, gone!.id)).toBeUndefined();
  expect(commentStatus(db, kept!.id)).toBe('pending');
  expect(
    auditFor(db, [gone!.id])
      .map((a) => a.action)
      .sort(),
  ).toEqual(['comment.delete', 'comment.trash']);
});

test('the queue filters by post and searches names and emails', async ({ page, db }) => {
  const token = uniqueToken();
  const [mine, other] = [commentTestPost(db), commentTestPost(db)];
  addPendingComments(db, mine.id, [`On my post ${token}`]);
  addPendingComments(db, other.id, [`On the other post ${token}`], {
    authorName: `Librarian ${token}`,
    authorEmail: `${token}@library.example`,
  });
  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await expect(queue.list.getByRole('listitem')).toHaveCount(2);
  await page
    .getByLabel('Post', { exact: true })
    .selectOption({ label: `Comment test ${mine.slug}` });
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/post=\d+/);
  await expect(queue.list.getByRole('listitem')).toHaveCount(1);
  await expect(queue.row(`On my post ${token}`)).toBeVisible();
  await queue.goto({ q: `${token}@library` });
  await expect(queue.list.getByRole('listitem')).toHaveCount(1);
  await expect(queue.row(`Librarian ${token}`)).toContainText(`On the other post ${token}`);
});

test('? shows the keyboard shortcuts; the pending count shows in the navigation', async ({
  page,
  db,
}) => {
  addPendingComments(db, commentTestPost(db).id, [`Badge ${uniqueToken()}`]);
  await signInAs(page, 'moderator', { next: '/en/admin/comments' });
  await expect(
    page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: /^Comments\s*\d+\s*pending$/ }),
  ).toBeVisible();
  await new ModerationQueue(page).ready();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Move to trash');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // Moderators see no owner-only sections.
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
});

test('the queue and overview have no serious accessibility problems, at 360 px too', async ({
  page,
  axe,
}) => {
  // The approved tab holds every approved comment the suite made by now: axe takes a while on it.
  test.slow();
  await signInAs(page, 'owner', { next: '/en/admin/comments?status=approved' });
  expect(await axe(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.goto('/ja/admin');
  await expect(page.getByRole('heading', { level: 1, name: '概要' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
