import { auditLog } from '@/db/schema';
import { ACCOUNTS, signInAs } from './support/auth';
import { commentTestPost } from './support/comment-form';
import { expect, test } from './support/fixtures';
import {
  addPendingComments,
  ModerationQueue,
  uniqueToken,
  userIdOf,
} from './support/moderation-queue';

const logTable = (page: import('@playwright/test').Page) => page.getByRole('table');

test('the audit page lists an approve done a moment before, with who, what and a link to it; filters narrow it', async ({
  page,
  browser,
  baseURL,
  db,
}) => {
  // Two sign-ins (Argon2 each) and four admin pages, the first of them often cold.
  test.slow();
  const token = uniqueToken();
  const post = commentTestPost(db);
  const [comment] = addPendingComments(db, post.id, [`Audit me ${token}`]);

  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  const queue = new ModerationQueue(page);
  await queue.rowButton(token, 'Approve').click();
  await expect(queue.row(token)).toHaveCount(0);

  const owner = await (await browser.newContext({ baseURL })).newPage();
  await signInAs(owner, 'owner', { next: '/en/admin/audit' });
  await owner
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  await expect(owner.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  // Other tests write to the log at the same time: find this approval's row by its comment link.
  const first = logTable(owner)
    .getByRole('row')
    .filter({ has: owner.getByRole('link', { name: `Comment #${comment!.id}` }) })
    .filter({ hasText: 'Approved a comment' });
  await expect(first).toContainText('Moderator');
  await expect(first).toContainText('Approved a comment');
  await expect(first).toContainText('Pending → Approved');
  await expect(first.getByRole('link', { name: `Comment #${comment!.id}` })).toHaveAttribute(
    'href',
    `/en/admin/comments?status=approved&post=${post.id}`,
  );

  // Filter: the moderator's approvals only, today (in the blog's zone) — the entry stays; a day
  // range in the past empties the list.
  const filters = owner.getByRole('form', { name: 'Filter the log' });
  await filters.getByLabel('Who').selectOption({ label: ACCOUNTS.moderator.name });
  await filters.getByLabel('Action').selectOption('comment.approve');
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(owner).toHaveURL(/actor=\d+&action=comment.approve/);
  const rows = logTable(owner).getByRole('row');
  await expect(rows.filter({ hasText: `Comment #${comment!.id}` })).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).not.toContainText('Changed the settings');
  await owner.goto('/en/admin/audit?from=2001-01-01&to=2001-01-31');
  await expect(owner.getByRole('status').filter({ hasText: 'No entries.' })).toBeVisible();
  await owner.context().close();
});

test("a moderator's audit page shows their own moderation only; the owner's changes and details stay hidden", async ({
  page,
  db,
}) => {
  const token = uniqueToken();
  const owner = userIdOf(db, ACCOUNTS.owner.email);
  db.insert(auditLog)
    .values({
      actorId: owner,
      action: 'settings.update',
      entity: 'settings',
      entityId: 1,
      details: { fields: [token] },
    })
    .run();
  const post = commentTestPost(db);
  const [comment] = addPendingComments(db, post.id, [`Own approve ${token}`]);
  await signInAs(page, 'moderator', { next: `/en/admin/comments?q=${token}` });
  await new ModerationQueue(page).rowButton(token, 'Approve').click();
  await expect(new ModerationQueue(page).row(token)).toHaveCount(0);

  await page.goto('/en/admin/audit');
  await expect(
    page.getByText('As a moderator you see your own moderation actions only.'),
  ).toBeVisible();
  await expect(logTable(page)).toContainText(`Comment #${comment!.id}`);
  await expect(logTable(page)).not.toContainText(token);
  await expect(logTable(page)).not.toContainText('Changed the settings');
  // No actor choice, and asking for the owner's entries by URL changes nothing.
  await expect(page.getByLabel('Who')).toHaveCount(0);
  await page.goto(`/en/admin/audit?actor=${owner}&action=settings.update`);
  await expect(page.getByRole('status').filter({ hasText: 'No entries.' })).toBeVisible();
});

test('the Japanese audit screen says what happened in Japanese: codes and JSON only in titles', async ({
  page,
  db,
}) => {
  const token = uniqueToken();
  const owner = userIdOf(db, ACCOUNTS.owner.email);
  const post = commentTestPost(db);
  const [comment] = addPendingComments(db, post.id, [`Undo ${token}`]);
  const entries = [
    {
      action: 'suggestion.accept',
      entity: 'suggestion',
      entityId: 900001,
      details: { postId: post.id, blockId: 1, language: 'en', edited: true },
    },
    {
      action: 'translation.confirm',
      entity: 'post',
      entityId: post.id,
      details: { blockId: 1, language: 'ja' },
    },
    {
      action: 'comment.undo',
      entity: 'comment',
      entityId: comment!.id,
      details: { from: 'approved', to: 'pending', note: token },
    },
  ];
  for (const e of entries)
    db.insert(auditLog)
      .values({ actorId: owner, ...e })
      .run();

  await signInAs(page, 'owner', { next: '/ja/admin/audit' });
  const table = logTable(page);
  const row = (text: string) => table.getByRole('row').filter({ hasText: text });
  await expect(row('翻訳の提案を採用').first()).toContainText(/言語\s*英語/);
  await expect(row('翻訳の提案を採用').first()).toContainText(/採用前に編集\s*はい/);
  await expect(row('翻訳が今も正しいと確認').first()).toContainText(/言語\s*日本語/);
  const undo = row(token);
  await expect(undo).toContainText('コメントのモデレーションを取り消し');
  await expect(undo).toContainText(/状態\s*承認済み → 承認待ち/);
  // The codes and the stored JSON are there for whoever hovers, never as the text.
  await expect(undo.locator('td[title="comment.undo"]')).toBeVisible();
  await expect(undo.locator('dl')).toHaveAttribute('title', /"from":"approved"/);
  const mine = [row('翻訳の提案を採用').first(), row('翻訳が今も正しいと確認').first(), undo];
  for (const r of mine)
    for (const code of ['suggestion.accept', 'translation.confirm', 'comment.undo', '"', '{'])
      await expect(r).not.toContainText(code);
});
