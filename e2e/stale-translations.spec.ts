import { and, eq } from 'drizzle-orm';
import { auditLog, blocks, blockTexts } from '@/db/schema';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { insertPost, unique } from './support/posts';
import { StaleEditor, StaleReader } from './support/stale-editor';

test.describe.configure({ timeout: 120_000 });

const MARKER = 'The original has changed since this translation';
const MARKER_JA = 'この翻訳の後に原文が変更されています';

test('editing an original marks its translation stale in the editor and on the page; "Still correct" clears both', async ({
  page,
  browser,
  baseURL,
  db,
  axe,
}) => {
  const slug = unique('stale');
  const title = `Stale check ${slug}`;
  const id = insertPost(db, {
    slug,
    titles: { en: title, ja: '古い訳の確認' },
    blocks: [
      { texts: { en: 'Cats sleep all day.', ja: '猫は一日中寝る。' } },
      { texts: { en: 'Dogs run in the park.', ja: '犬は公園を走る。' } },
      { texts: { en: 'Birds sing.' } },
    ],
  });
  const idsBefore = db.select({ id: blocks.id }).from(blocks).where(eq(blocks.postId, id)).all();

  await signInAs(page, 'owner', { next: `/en/admin/posts/${id}/edit` });
  const editor = new StaleEditor(page);
  await expect(editor.summary).toHaveCount(0);
  await editor.cell(1, 'en', 'original').fill('Cats nap all day long.');
  await editor.save();

  // The editor: listed at the top, marked on the row, with the original's change word by word.
  await expect(editor.summary).toContainText('1 translation needs checking');
  await expect(editor.summary.getByRole('link', { name: 'Block 1 (Japanese)' })).toBeVisible();
  await expect(editor.note(1)).toContainText('Original changed');
  await expect(editor.diff(1).locator('del')).toHaveText(['removed:sleep']);
  await expect(editor.diff(1).locator('ins')).toHaveText(['added:nap', 'added: long']);
  await expect(editor.note(2)).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  // Saving changed no block's identity.
  expect(db.select({ id: blocks.id }).from(blocks).where(eq(blocks.postId, id)).all()).toEqual(
    idsBefore,
  );

  // The reader, on the very next GET, in both UI languages; the admin list counts it too.
  const readerContext = await browser.newContext({ baseURL });
  const reader = new StaleReader(await readerContext.newPage());
  await reader.goto('en', slug);
  await expect(reader.row(1).locator('.cell.translation')).toContainText(MARKER);
  await expect(reader.row(2)).not.toContainText(MARKER);
  await expect(reader.coverage).toContainText('2 of 3 blocks translated, 1 stale');
  await reader.goto('ja', slug);
  await expect(reader.row(1).locator('.cell.translation')).toContainText(MARKER_JA);
  await page.goto(`/en/admin/posts?q=${encodeURIComponent(slug)}`);
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('ja 2/3 1 stale');

  // "Still correct" clears it in the editor, on the page and in the list, and is audited.
  await page.goto(`/en/admin/posts/${id}/edit`);
  let confirmCall: { url: string; headers: Record<string, string>; body: string } | undefined;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.headers()['next-action'])
      confirmCall ??= { url: r.url(), headers: r.headers(), body: r.postData() ?? '' };
  });
  await editor.stillCorrect(1).click();
  await expect(editor.note(1)).toHaveCount(0);
  await expect(editor.summary).toHaveCount(0);
  const audit = db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'translation.confirm'), eq(auditLog.entityId, id)))
    .all();
  expect(audit).toHaveLength(1);
  await reader.goto('en', slug);
  await expect(reader.row(1)).toBeVisible();
  await expect(reader.page.getByText(MARKER)).toHaveCount(0);
  await expect(reader.coverage).toContainText('2 of 3 blocks translated');
  await expect(reader.coverage).not.toContainText('stale');

  // A later save of the untouched pair keeps it fresh; editing the original again re-marks it.
  await editor.save();
  await page.reload();
  await expect(editor.summary).toHaveCount(0);
  await editor.cell(2, 'en', 'original').fill('Dogs run.');
  await editor.save();
  await expect(editor.note(2)).toContainText('Original changed');
  const row2 = db
    .select({ source: blockTexts.sourceText })
    .from(blockTexts)
    .where(and(eq(blockTexts.blockId, idsBefore[1]!.id), eq(blockTexts.language, 'ja')))
    .get();
  expect(row2?.source).toBe('Dogs run in the park.');

  // A moderator replaying the confirmation is refused and changes nothing.
  const moderatorContext = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '10.98.0.9' },
  });
  const moderator = await moderatorContext.newPage();
  await signInAs(moderator, 'moderator');
  const replay = await moderatorContext.request.post(confirmCall!.url, {
    headers: {
      'next-action': confirmCall!.headers['next-action']!,
      'content-type': confirmCall!.headers['content-type']!,
      accept: 'text/x-component',
      origin: baseURL!,
    },
    data: confirmCall!.body.replace(
      '"blockId":' + idsBefore[0]!.id,
      '"blockId":' + idsBefore[1]!.id,
    ),
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(403);
  await expect(editor.note(2)).toBeVisible();
  expect(
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'translation.confirm'), eq(auditLog.entityId, id)))
      .all(),
  ).toHaveLength(1);
  await readerContext.close();
  await moderatorContext.close();
});
