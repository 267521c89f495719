// Importing a Movable Type export from the admin page.
import { eq, inArray } from 'drizzle-orm';
import { blocks, blockTexts, comments, posts, postTranslations } from '@/db/schema';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { importDone } from './support/export-import-page';

test.describe.configure({ timeout: 120_000 });

test('a Movable Type export imports 2 posts with their comments, reports the broken entry, and adds nothing twice', async ({
  page,
  db,
}) => {
  // Counted by title, so other tests writing at the same time do not matter.
  const titles = ['春の古本市に行ってきた', '下書き：読書メモ'];
  const imported = () =>
    db
      .select({ id: postTranslations.postId })
      .from(postTranslations)
      .where(inArray(postTranslations.title, titles))
      .all()
      .map((r) => r.id);
  const count = () => {
    const ids = imported();
    return {
      posts: ids.length,
      comments: ids.length
        ? db.select().from(comments).where(inArray(comments.postId, ids)).all().length
        : 0,
    };
  };
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  await page.getByLabel('Export file').setInputFiles('e2e/fixtures/mt-export.txt');
  await page.getByLabel('Language of the posts').selectOption('ja');
  const report = page.getByTestId('import-report');

  await page.getByRole('button', { name: 'Dry run' }).click();
  await importDone(report).toContainText('Dry run: nothing was saved');
  await expect(report).toContainText('Would create 2 posts, 4 comments and 2 categories.');
  await expect(report.getByRole('list', { name: 'Skipped entries' })).toContainText(
    /Line 63: unparsable DATE/,
  );
  // Every piece the import leaves out is listed before anything is saved.
  await expect(report).toContainText('6 pieces left out or changed');
  const dropped = report.getByRole('list', { name: 'Left out or changed' }).getByRole('listitem');
  await expect(dropped).toHaveText([
    /^Line 34: KEYWORDS .*古本市, 松本$/,
    'Line 17: <svg> never closed: only the tag was dropped, what follows it was kept: <svg width="12" height="12">',
    'Line 24: <script> removed with its content: alert("tracking")',
    /^Line 25: <a> link address dropped .*: javascript:alert\(1\)$/,
    /^Line 42: URL .*https:\/\/yamada\.example\.com\/$/,
    /^Line 98: URL .*http:\/\/suzuki\.example\.net\/$/,
  ]);
  expect(count()).toEqual({ posts: 0, comments: 0 });

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // The writes (each entry its own transaction, Markdown and search text made per block) can take
  // longer than an assertion's default wait on a busy machine.
  await expect(report).toContainText('Created 2 posts, 4 comments and 2 categories.', {
    timeout: 20_000,
  });
  await expect(report.getByRole('list', { name: 'Skipped entries' })).toContainText(/Line 63/);
  expect(count()).toEqual({ posts: 2, comments: 4 });
  const fair = db.select().from(posts).where(eq(posts.slug, '2023-04-book-fair')).get()!;
  expect(fair).toMatchObject({ status: 'published' });
  const statuses = db
    .select({ status: comments.status })
    .from(comments)
    .where(eq(comments.postId, fair.id))
    .all()
    .map((c) => c.status);
  expect(statuses.sort()).toEqual(['approved', 'approved', 'pending']);
  // The unclosed <svg> kept the list after it; the link is an inline link; comment HTML is text.
  const texts = db
    .select({ text: blockTexts.text })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .where(eq(blocks.postId, fair.id))
    .orderBy(blocks.position)
    .all()
    .map((t) => t.text);
  // Stored as Markdown: an ampersand is escaped, so it can never start an entity.
  expect(texts).toContain('古い山岳写真集\n昭和の時刻表 \\& 路線図');
  expect(texts.at(-1)).toBe('帰りに[喫茶店](https://example.com/cafe)で一休み。');
  const suzuki = db
    .select({ body: comments.body })
    .from(comments)
    .where(eq(comments.authorName, '鈴木'))
    .all()
    .map((c) => c.body);
  expect(suzuki).toContain(
    '続きを楽しみにしています。\n読書ブログ (https://suzuki.example.net/books)もどうぞ & よろしく。',
  );
  await page.goto('/ja/posts/2023-04-book-fair');
  await expect(page.getByRole('link', { name: '喫茶店' }).first()).toHaveAttribute(
    'href',
    'https://example.com/cafe',
  );

  await page.goto('/en/admin/posts/import');
  await page.getByLabel('Export file').setInputFiles('e2e/fixtures/mt-export.txt');
  await page.getByLabel('Language of the posts').selectOption('ja');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await importDone(report).toContainText(
    'Created 0 posts, 0 comments and 0 categories. 2 already imported.',
  );
  expect(count()).toEqual({ posts: 2, comments: 4 });
});
