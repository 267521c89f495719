import { eq } from 'drizzle-orm';
import { postTranslations, revisions } from '@/db/schema';
import { signInAs } from './support/auth';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { currentSettings, insertPost, unique } from './support/posts';
import { utcToLocalTime } from '@/lib/validations/post';

const draft = (db: Parameters<typeof insertPost>[0]) => {
  const slug = unique('editor');
  const id = insertPost(db, {
    slug,
    status: 'draft',
    titles: { en: `Old title ${slug}`, ja: `古い題 ${slug}` },
    blocks: [{ texts: { en: 'A paragraph.', ja: '段落。' } }],
  });
  return { id, slug };
};
const titleOf = (db: Parameters<typeof insertPost>[0], id: number) =>
  db
    .select()
    .from(postTranslations)
    .where(eq(postTranslations.postId, id))
    .all()
    .find((t) => t.language === 'en')?.title;

test('text typed right after the editor opens is saved exactly as typed', async ({ page, db }) => {
  const post = draft(db);
  await signInAs(page, 'owner');
  const editor = new EditorPage(page);
  // No waiting for the page to load: the fields refuse input until the form has started.
  await page.goto(`/en/admin/posts/${post.id}/edit`, { waitUntil: 'commit' });
  await editor.title('en').fill(`Typed at once ${post.slug}`);
  await editor.save();
  expect(titleOf(db, post.id)).toBe(`Typed at once ${post.slug}`);
});

test('the save bar never covers the publishing fields at 1280 px, and "saved" goes at the next edit', async ({
  page,
  db,
}) => {
  const post = draft(db);
  await page.setViewportSize({ width: 1280, height: 720 });
  await signInAs(page, 'owner', { locale: 'ja', next: `/ja/admin/posts/${post.id}/edit` });
  const input = page.getByLabel(/^公開日時/);
  const label = page.locator('label', { hasText: /^公開日時/ });
  const bar = page.locator('.editor-save-bar');
  // Scrolled (as with the wheel) so the field sits on the window's bottom edge, where a bar stuck
  // to the bottom would cover it.
  await input.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight));
  const [labelBox, inputBox, barBox] = [
    await label.boundingBox(),
    await input.boundingBox(),
    await bar.boundingBox(),
  ];
  expect(labelBox && inputBox && barBox).toBeTruthy();
  expect(labelBox!.y).toBeGreaterThanOrEqual(0);
  expect(inputBox!.y + inputBox!.height).toBeLessThanOrEqual(barBox!.y);
  await input.focus();
  await expect(input).toBeInViewport();

  await page.getByRole('button', { name: '保存', exact: true }).click();
  const saved = page.getByRole('status').filter({ hasText: /保存しました/ });
  await expect(saved).toBeVisible();
  await page.getByLabel('タイトル（英語）').pressSequentially(' more');
  await expect(saved).toHaveCount(0);
});

test('restoring a revision asks first; cancelling changes nothing, confirming restores', async ({
  page,
  db,
}) => {
  const post = draft(db);
  await signInAs(page, 'owner', { next: `/en/admin/posts/${post.id}/edit` });
  const editor = new EditorPage(page);
  await editor.save();
  await editor.title('en').fill(`Second title ${post.slug}`);
  await editor.save();
  await page.goto(`/en/admin/posts/${post.id}/revisions`);
  const restore = page.getByRole('button', { name: /^Restore the revision of/ }).first();
  const dialog = page.getByRole('dialog', { name: 'Restore this revision?' });
  await restore.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(titleOf(db, post.id)).toBe(`Second title ${post.slug}`);
  const before = db.select().from(revisions).where(eq(revisions.postId, post.id)).all().length;

  await restore.click();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('Revision restored.')).toBeVisible();
  await expect(editor.title('en')).toHaveValue(`Old title ${post.slug}`);
  expect(titleOf(db, post.id)).toBe(`Old title ${post.slug}`);
  expect(db.select().from(revisions).where(eq(revisions.postId, post.id)).all().length).toBe(
    before + 1,
  );
  // The message belongs to the restore: the next edit clears it.
  await editor.title('en').pressSequentially('!');
  await expect(page.getByText('Revision restored.')).toHaveCount(0);
});

test('settings: title boxes sit right under their labels; footer style and owner mail are saved', async ({
  page,
  db,
}) => {
  await signInAs(page, 'owner', { next: '/en/admin/settings' });
  const label = page.locator('label', { hasText: 'Blog title (English)' });
  const input = page.getByLabel('Blog title (English)');
  const [l, i] = [await label.boundingBox(), await input.boundingBox()];
  expect(i!.y - (l!.y + l!.height)).toBeLessThan(10);
  expect(i!.y - (l!.y + l!.height)).toBeGreaterThanOrEqual(0);

  await page.getByLabel('Post footer').selectOption('localized');
  await page.getByLabel('Email me about every held comment and suggestion').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  const { settings } = await import('@/db/schema');
  const row = db.select().from(settings).get()!;
  expect(row).toMatchObject({ footerStyle: 'localized', notifyOwner: true });
  await page.getByLabel('Post footer').selectOption('seesaa');
  await expect(page.getByText('Settings saved.')).toHaveCount(0);
  await page.getByLabel('Email me about every held comment and suggestion').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  expect(db.select().from(settings).get()).toMatchObject({
    footerStyle: 'seesaa',
    notifyOwner: false,
  });
});

test('a Japanese title proposes a romanized slug, a kanji-only one a date slug; the owner can edit it', async ({
  page,
  db,
}) => {
  await signInAs(page, 'owner');
  const editor = new EditorPage(page);
  await editor.gotoNew();
  await editor.title('ja').fill('QAテスト記事');
  await expect(editor.slug).toHaveValue('qa-tesuto');
  await editor.title('ja').fill('東京都庁');
  const { timeZone } = currentSettings(db);
  await expect(editor.slug).toHaveValue(`${utcToLocalTime(new Date(), timeZone).slice(0, 10)}-1`);
  await editor.slug.fill('tocho-visit');
  await editor.title('ja').fill('都庁の展望室');
  await expect(editor.slug).toHaveValue('tocho-visit');
});
