// The owner writes a bilingual post, schedules it and restores a revision (split from authoring.spec.ts).
import { eq } from 'drizzle-orm';
import { posts, revisions, settings } from '@/db/schema';
import { utcToLocalTime } from '@/lib/validations/post';
import { signInAs } from './support/auth';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';

const ROWS = [
  { kind: 'heading', en: 'Harbour lights return', ja: '港の灯りが戻る' },
  {
    en: 'The old lighthouse was switched on again on Friday.',
    ja: '古い灯台が金曜日に再び点灯した。',
  },
  {
    en: 'Volunteers spent two winters repairing the lamp.',
    ja: 'ボランティアが二冬をかけてランプを修理した。',
  },
  { en: 'The council has not yet said who will pay for the electricity.', ja: null },
  { kind: 'quote', en: 'It is good to see the light again.', ja: 'また光が見られてうれしい。' },
];

test.describe.configure({ timeout: 120_000 });

test('the owner writes a bilingual post, schedules it, and restores an earlier revision', async ({
  page,
  db,
  axe,
}) => {
  await signInAs(page, 'owner', { next: '/en/admin/posts/new' });
  const editor = new EditorPage(page);
  await editor.originalLanguage.selectOption('en');
  await expect(page.getByRole('checkbox', { name: 'Japanese (ja)' })).toBeChecked();
  await editor.title('en').fill('Harbour lights return');
  await expect(editor.slug).toHaveValue('harbour-lights-return');
  await editor.title('ja').fill('港の灯りが戻る');
  await editor.fillRows(ROWS);
  await expect(editor.rows).toHaveCount(5);
  await expect(editor.coverage).toHaveText('ja 4/5');

  // Keyboard: split at the cursor, merge back, move a row down and up again.
  const third = editor.cell(3, 'en', 'original');
  await third.focus();
  await third.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(29, 29));
  await page.keyboard.press('Alt+Enter');
  await expect(editor.rows).toHaveCount(6);
  await expect(editor.cell(4, 'en', 'original')).toBeFocused();
  await expect(editor.cell(4, 'en', 'original')).toHaveValue('repairing the lamp.');
  await expect(editor.coverage).toHaveText('ja 4/6');
  await third.focus();
  await page.keyboard.press('Alt+KeyJ');
  await expect(editor.rows).toHaveCount(5);
  await expect(third).toHaveValue(ROWS[2]!.en);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(editor.cell(4, 'en', 'original')).toHaveValue(ROWS[2]!.en);
  await expect(editor.cell(4, 'en', 'original')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(third).toHaveValue(ROWS[2]!.en);
  await expect(editor.row(4)).toContainText('Not translated');
  await expect(editor.row(4)).toContainText('Not translated');

  // Leaving with unsaved changes asks first.
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(/\/posts\/new$/);

  const { timeZone } = db.select().from(settings).get()!;
  const at = new Date(Date.now() + 20_000);
  await editor.status('Published').check();
  await editor.publishedAt.fill(utcToLocalTime(at, timeZone));
  const id = await editor.save();

  await page.goto('/en');
  await expect(page.getByRole('link', { name: 'Harbour lights return' })).toHaveCount(0);
  await page.goto('/en/admin/posts?status=scheduled');
  await expect(page.getByRole('row', { name: /Harbour lights return/ })).toContainText('ja 4/5');
  expect(await axe(page)).toEqual([]);
  // Nothing publishes it: the time passing is enough.
  await expect
    .poll(
      async () => (
        await page.goto('/en'),
        page.getByRole('link', { name: 'Harbour lights return' }).count()
      ),
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(1);
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  await page.goto('/en/posts/harbour-lights-return?view=side-by-side&lang=ja');
  await expect(page.locator('#reading .row')).toHaveCount(5);
  await expect(page.locator('#reading .row').nth(3).locator('.cell.missing')).toBeVisible();

  await page.goto(`/en/admin/posts/${id}/edit`);
  await editor.title('en').fill('Harbour lights are back');
  await editor.cell(2, 'en', 'original').fill('The lighthouse shone again on Friday night.');
  await editor.save();
  await page.getByRole('link', { name: 'Revisions' }).click();
  await expect(page.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: /^Restore the revision of/ }).click();
  await page
    .getByRole('dialog', { name: 'Restore this revision?' })
    .getByRole('button', { name: 'Restore', exact: true })
    .click();
  await expect(page.getByText('Revision restored.')).toBeVisible();
  await expect(editor.title('en')).toHaveValue('Harbour lights return');
  await expect(editor.cell(2, 'en', 'original')).toHaveValue(ROWS[1]!.en);
  await page.goto('/en/posts/harbour-lights-return');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Harbour lights return');
  await expect(page.locator('#reading')).toContainText(ROWS[1]!.en);
  expect(db.select().from(revisions).where(eq(revisions.postId, id)).all()).toHaveLength(3);
  // Keep the shared home page as the other specs expect it.
  db.update(posts).set({ status: 'draft' }).where(eq(posts.id, id)).run();
});
