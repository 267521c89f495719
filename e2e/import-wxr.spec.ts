import { eq, inArray } from 'drizzle-orm';
import { blocks, blockTexts, comments, posts, postTranslations } from '@/db/schema';
import { signInAs } from './support/auth';
import { ExportImportPage, importDone } from './support/export-import-page';
import { expect, test } from './support/fixtures';

const FIXTURE = 'e2e/fixtures/wxr-export.xml';
const TITLES = ['Autumn leaves at Tofuku-ji', '東福寺の紅葉', 'About this blog'];

test('a WordPress export: upload with progress, dry run, one bilingual post, the page, the thread, the broken item, links, and nothing twice', async ({
  page,
  db,
}) => {
  // A sign-in (Argon2), two uploads through the import page and five pages read after them.
  test.slow();
  const imported = () =>
    db
      .selectDistinct({ id: postTranslations.postId })
      .from(postTranslations)
      .where(inArray(postTranslations.title, TITLES))
      .all()
      .map((r) => r.id);
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const form = new ExportImportPage(page);
  await form.choose('WordPress (WXR, .xml)', FIXTURE, 'en');

  const release = await form.holdUploads();
  await form.dryRun();
  await expect(form.progress).toBeVisible();
  // Under Playwright's interception the browser may not report upload events: either phase is shown.
  await expect(form.section.getByText(/Uploading… \d+ %|Importing…/)).toBeVisible();
  release();
  await expect(form.report).toContainText('Dry run: nothing was saved');
  await expect(form.progress).toBeHidden();
  await expect(form.report).toContainText(/Would create 2 posts, 5 comments/);
  await expect(form.list('Skipped entries')).toHaveText(
    'Line 154: item 4 has neither a title nor any content',
  );
  await expect(form.list('Left out or changed')).toContainText(
    /Line 165: attachment .*maple-bridge\.jpg/,
  );
  // Tags come in (created, or reused when a tag of that slug or name exists).
  await expect(form.list('Categories and tags')).toContainText(
    /tags? (would be created|reused).*autumn/,
  );
  expect(imported()).toEqual([]);

  await form.importNow();
  await importDone(form.report).toContainText(/Created 2 posts, 5 comments/);
  const posted = form.list('Posts');
  await expect(posted.getByRole('listitem')).toHaveCount(2);
  await expect(posted).toContainText('en + ja');
  await expect(posted).toContainText('3 translations paired');
  const ids = imported();
  expect(ids).toHaveLength(2);

  // One bilingual post: three paragraphs paired one to one, and the gallery shortcode's image.
  const autumn = db.select().from(posts).where(eq(posts.slug, 'autumn-leaves-tofukuji')).get()!;
  expect(autumn).toMatchObject({ status: 'published', originalLanguage: 'en' });
  expect(autumn.publishedAt?.toISOString()).toBe('2023-11-18T01:30:00.000Z');
  const texts = db
    .select({ position: blocks.position, language: blockTexts.language, text: blockTexts.text })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .where(eq(blocks.postId, autumn.id))
    .orderBy(blocks.position, blockTexts.language)
    .all();
  // The shortcode is not text: `[gallery ids="12,13"]` shows the export's attachment 12 (13 is not
  // in the file), a block of its own after the paragraph.
  expect(texts.filter((t) => t.position === 2).map((t) => t.text)).toEqual([
    'Entry costs 600 yen.',
    '拝観料は600円です。',
  ]);
  expect(new Set(texts.map((t) => t.position))).toEqual(new Set([0, 1, 2]));
  const kinds = db.select().from(blocks).where(eq(blocks.postId, autumn.id)).all();
  expect(kinds.map((b) => [b.kind, b.src])).toEqual([
    ['paragraph', null],
    ['paragraph', null],
    ['paragraph', null],
    ['image', 'https://kyoto-notes.example/wp-content/uploads/2023/11/maple-bridge.jpg'],
  ]);

  // The thread keeps its shape and its statuses; the Japanese post's comment is in Japanese.
  const thread = db.select().from(comments).where(eq(comments.postId, autumn.id)).all();
  const byBody = new Map(thread.map((c) => [c.body, c]));
  const question = byBody.get('Were the leaves already red?')!;
  const answer = byBody.get('Yes, most of them!')!;
  expect(answer.parentId).toBe(question.id);
  expect(byBody.get('Thanks, going tomorrow.')).toMatchObject({
    parentId: answer.id,
    status: 'pending',
  });
  expect(byBody.get('Buy now')).toMatchObject({ status: 'spam' });
  expect(byBody.get('きれいですね。')).toMatchObject({ language: 'ja', status: 'approved' });

  // The page arrived as a post; each created post links to its editor.
  const link = posted.getByRole('link', { name: 'About this blog' });
  await expect(link).toHaveAttribute('href', /^\/en\/admin\/posts\/\d+\/edit$/);
  await posted.getByRole('link', { name: 'Autumn leaves at Tofuku-ji' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/posts/${autumn.id}/edit$`));

  // The same file again adds nothing.
  await page.goto('/en/admin/posts/import');
  await form.choose('WordPress (WXR, .xml)', FIXTURE, 'en');
  await form.importNow();
  await importDone(form.report).toContainText(/Created 0 posts, 0 comments/);
  await expect(form.report).toContainText('2 already imported.');
  expect(imported()).toEqual(ids);
  expect(db.select().from(comments).where(inArray(comments.postId, ids)).all()).toHaveLength(5);
});

test('the import page says in words what is wrong with a file, and the upload refuses other sites', async ({
  page,
}) => {
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const form = new ExportImportPage(page);
  await form.choose('WordPress (WXR, .xml)', 'e2e/fixtures/mt-export.txt', 'en');
  await form.dryRun();
  await importDone(form.section.getByRole('alert')).toHaveText(
    /This is not a WordPress export \(WXR\)/,
  );
  await expect(page.getByLabel('Export file')).toHaveValue(/mt-export\.txt$/);

  await page.getByLabel('Export file').setInputFiles([]);
  await form.dryRun();
  await expect(page.getByText('Required.')).toBeVisible();

  const crossSite = await page.request.post('/api/import', {
    headers: { origin: 'https://evil.example' },
    multipart: {
      format: 'wxr',
      language: 'en',
      dryRun: 'false',
      file: { name: 'x.xml', mimeType: 'text/xml', buffer: Buffer.from('<rss/>') },
    },
  });
  expect(crossSite.status()).toBe(403);
});

test('a Seesaa export whose entries hold their translation arrives as bilingual posts when asked to pair', async ({
  page,
  db,
}) => {
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const form = new ExportImportPage(page);
  await form.choose('Movable Type / Seesaa (.txt)', 'e2e/fixtures/mt-bilingual.txt', 'ja');
  await page.getByLabel(/Each entry holds its translation/).check();
  await form.importNow();
  await importDone(form.report).toContainText(/Created 3 posts, 1 comment/);
  await expect(form.list('Posts')).toContainText('en + ja · 4 translations paired');
  await expect(
    form.list('Entries with no translation paired (imported in one language)'),
  ).toHaveText('Line 53: 今日の散歩');
  const ankara = db.select().from(posts).where(eq(posts.slug, '2023-11-ankara-talks')).get()!;
  expect(ankara.originalLanguage).toBe('en');
  const japanese = db
    .select({ text: blockTexts.text })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .where(eq(blocks.postId, ankara.id))
    .all()
    .map((t) => t.text);
  expect(japanese).toContain(
    'クレムリンのペスコフ報道官は、会談について問われ「確認も否定もできない」と述べた。',
  );
});
