import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
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

test('held reasons read in Japanese in /ja, and only on comments the policy held', async ({
  page,
  db,
}) => {
  const token = uniqueToken();
  const post = commentTestPost(db);
  addPendingComments(db, post.id, [`全部保留 ${token}`], { language: 'ja' });
  addPendingComments(db, post.id, [`Three links ${token}`], { reason: 'links: 3' });
  addPendingComments(db, post.id, [`Word ${token}`], { reason: 'hold word: casino' });
  // Let through by the policy, then unapproved by hand: its reason explains nothing now.
  addPendingComments(db, post.id, [`Unapproved ${token}`], {
    reason: 'policy: previously approved author',
  });
  addPendingComments(db, post.id, [`Auto ${token}`], {
    status: 'approved',
    reason: 'policy: previously approved author',
  });

  await signInAs(page, 'moderator', { next: `/ja/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await expect(queue.row(`全部保留 ${token}`)).toContainText(
    '保留の理由: すべてのコメントを保留する設定です',
  );
  await expect(queue.row(`Three links ${token}`)).toContainText(
    '保留の理由: リンクが 3 件あります',
  );
  await expect(queue.row(`Word ${token}`)).toContainText(
    '保留の理由: 保留語「casino」を含んでいます',
  );
  await expect(queue.row(`Unapproved ${token}`)).not.toContainText('保留の理由');
  await expect(queue.list).not.toContainText('policy:');
  // Each row names its comment's language.
  await expect(queue.row(`全部保留 ${token}`).locator('.queue-lang')).toHaveText('言語: 日本語');
  await expect(queue.row(`Three links ${token}`).locator('.queue-lang')).toHaveText(
    '言語: English',
  );

  await queue.goto({ locale: 'ja', status: 'approved', q: token });
  await expect(queue.row(`Auto ${token}`)).toBeVisible();
  await expect(queue.row(`Auto ${token}`)).not.toContainText('保留の理由');
  await expect(queue.row(`Auto ${token}`)).not.toContainText('previously approved');
});

test('a staff reply wears the staff badge in the queue', async ({ page, db }) => {
  const token = uniqueToken();
  const owner = db.select().from(users).where(eq(users.role, 'owner')).get()!;
  addPendingComments(db, commentTestPost(db).id, [`Staff wrote ${token}`], {
    userId: owner.id,
    authorName: owner.name,
    authorEmail: owner.email,
  });
  addPendingComments(db, commentTestPost(db).id, [`Reader wrote ${token}`]);
  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await expect(queue.row(`Staff wrote ${token}`).locator('.queue-author')).toContainText('staff');
  await expect(queue.row(`Reader wrote ${token}`).locator('.queue-author')).not.toContainText(
    'staff',
  );
});

test('a bulk approve says which comments moved, and Undo puts them back (audited)', async ({
  page,
  db,
}) => {
  const token = uniqueToken();
  const post = commentTestPost(db);
  const made = addPendingComments(db, post.id, [`First ${token}`, `Second ${token}`]);
  const ids = made.map((c) => c.id);
  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await expect(queue.list.getByRole('listitem')).toHaveCount(2);
  await queue.ready();
  await queue.selectAll.check();
  await queue.bulkButton('Approve').click();
  const title = `Comment test ${post.slug}`;
  await expect(queue.message).toHaveText(
    `2 comments approved: Reader 1 on “${title}” and Reader 2 on “${title}”`,
  );
  expect(ids.map((id) => commentStatus(db, id))).toEqual(['approved', 'approved']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(queue.message).toHaveText('Undone: 2 comments are back where they were.');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(queue.list.getByRole('listitem')).toHaveCount(2);
  expect(ids.map((id) => commentStatus(db, id))).toEqual(['pending', 'pending']);
  const moderator = userIdOf(db, ACCOUNTS.moderator.email);
  const undos = auditFor(db, ids).filter((a) => a.action === 'comment.undo');
  expect(undos.map((a) => [a.actorId, a.details])).toEqual([
    [moderator, { from: 'approved', to: 'pending' }],
    [moderator, { from: 'approved', to: 'pending' }],
  ]);
});

test('Undo is offered for a few seconds only', async ({ page, db }) => {
  const token = uniqueToken();
  addPendingComments(db, commentTestPost(db).id, [`Trash me ${token}`]);
  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await queue.ready();
  await queue.rowButton(`Trash me ${token}`, 'Trash').click();
  await expect(queue.message).toContainText('1 comment moved to the trash: Reader 1 on');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  // Gone after its ten seconds, with nothing else happening on the page.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0, { timeout: 15_000 });
  await expect(queue.message).toContainText('1 comment moved to the trash');
});
