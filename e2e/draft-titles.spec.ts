// Walk item 2: a Japanese draft saves without an English title; kanji-only titles get a date slug,
// and a word slug from another title is offered; the owner may type their own.
import { eq } from 'drizzle-orm';
import { posts, postTranslations } from '@/db/schema';
import { DATE_SLUG_PATTERN } from '@/lib/slug';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { unique } from './support/posts';

test.describe.configure({ timeout: 90_000 });

const titleField = (page: import('@playwright/test').Page, language: '日本語' | '英語') =>
  page.getByLabel(`タイトル（${language}）`, { exact: true });
const slugField = (page: import('@playwright/test').Page) => page.getByLabel('スラッグ（URL）');
const saveButton = (page: import('@playwright/test').Page) =>
  page.getByRole('button', { name: '保存', exact: true });

test('a Japanese draft saves with a kanji-only title and no English one; a slug from the English title is offered', async ({
  page,
  db,
}) => {
  await signInAs(page, 'owner', { next: '/ja/admin/posts/new' });
  await page.getByLabel('原文の言語', { exact: true }).selectOption('ja');
  const title = '冬至前夜';
  await titleField(page, '日本語').fill(title);
  await expect(slugField(page)).toHaveValue(DATE_SLUG_PATTERN);
  // Some English text in a block, but no English title yet.
  const english = `Text before its title ${unique('en')}`;
  await page.getByLabel('ブロック 1 翻訳（英語）', { exact: true }).fill(english);
  await saveButton(page).click();
  await page.waitForURL(/\/admin\/posts\/\d+\/edit\?created=1$/);
  await expect(page.getByText('必須です。')).toHaveCount(0);
  const id = Number(/posts\/(\d+)\/edit/.exec(page.url())![1]);
  const saved = db.select().from(posts).where(eq(posts.id, id)).get()!;
  expect(saved.status).toBe('draft');
  expect(saved.slug).toMatch(DATE_SLUG_PATTERN);
  expect(db.select().from(postTranslations).where(eq(postTranslations.postId, id)).all()).toEqual([
    expect.objectContaining({ language: 'ja', title }),
  ]);

  // Reopened, the English text is still there (its language is the post's by its blocks).
  await page.reload();
  await expect(page.getByLabel('ブロック 1 翻訳（英語）', { exact: true })).toHaveValue(english);

  // An English title makes a word slug: offered, not forced.
  await titleField(page, '英語').fill('Eve of the winter solstice');
  await expect(slugField(page)).toHaveValue(saved.slug);
  await page
    .getByRole('button', { name: '「eve-of-the-winter-solstice」にする（タイトルから）' })
    .click();
  await expect(slugField(page)).toHaveValue('eve-of-the-winter-solstice');
  // The owner's own slug wins over any offer.
  const own = unique('toji');
  await slugField(page).fill(own);
  await expect(page.getByRole('button', { name: /タイトルから/ })).toHaveCount(0);
  await saveButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: /保存しました/ })).toBeVisible();
  expect(db.select().from(posts).where(eq(posts.id, id)).get()!.slug).toBe(own);
});

test('an empty draft is refused in words; publishing needs the original title, not the translation’s', async ({
  page,
}) => {
  await signInAs(page, 'owner', { next: '/ja/admin/posts/new' });
  await page.getByLabel('原文の言語', { exact: true }).selectOption('ja');
  await saveButton(page).click();
  await expect(page.getByText('まず何か書いてください', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/posts\/new$/);

  await page.getByRole('group', { name: '状態' }).getByLabel('公開', { exact: true }).check();
  await page.getByLabel('ブロック 1 原文（日本語）', { exact: true }).fill('本文だけ。');
  await saveButton(page).click();
  await expect(page.locator('#title-ja-error')).toHaveText('必須です。');
  await expect(page.locator('#title-en-error')).toHaveCount(0);
});
