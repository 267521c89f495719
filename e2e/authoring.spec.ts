import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import {
  blocks,
  blockTexts,
  categories,
  comments,
  posts,
  postTranslations,
  revisions,
  settings,
  users,
} from '@/db/schema';
import { utcToLocalTime } from '@/lib/validations/post';
import { signInAs } from './support/auth';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { PasteImportPage } from './support/paste-import-page';
import { PostPage } from './support/post-page';
import { loadSeedJson, SEED_POST_SLUG } from './support/seed-fixture';

const seed = loadSeedJson().post;
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

test('pasting raw.txt proposes the seed blocks; saved, the reader shows them side by side', async ({
  page,
  db,
  axe,
}) => {
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  await page.getByLabel('Pasted text').fill(readFileSync('e2e/fixtures/raw.txt', 'utf8'));
  await page.getByRole('button', { name: 'Propose alignment' }).click();
  await expect(page.getByRole('heading', { name: 'Proposal: 19 blocks' })).toBeVisible();
  await expect(page.getByText('6 of 6 translated paragraphs placed.')).toBeVisible();
  const editor = new EditorPage(page);
  await expect(editor.rows).toHaveCount(seed.blocks.length);
  const proposal = await editor.rowTexts();
  expect(proposal.map((r) => r.en)).toEqual(seed.blocks.map((b) => b.en));
  const right = seed.blocks.flatMap((b, i) => (b.ja && proposal[i]!.ja === b.ja ? [i] : []));
  expect(right).toHaveLength(seed.blocks.filter((b) => b.ja).length);
  await expect(editor.slug).toHaveValue('russia-and-us-holding-secret-talks-in-ankara');
  await expect(editor.title('ja')).toHaveValue(seed.title.ja!);
  expect(await axe(page)).toEqual([]);
  expect(
    db
      .select()
      .from(posts)
      .where(eq(posts.slug, 'russia-and-us-holding-secret-talks-in-ankara'))
      .all(),
  ).toHaveLength(0);

  await editor.status('Published').check();
  const id = await editor.save();
  await page.goto(
    '/en/posts/russia-and-us-holding-secret-talks-in-ankara?view=side-by-side&lang=ja',
  );
  const rows = page.locator('#reading .row');
  await expect(rows).toHaveCount(seed.blocks.length);
  for (const [i, block] of seed.blocks.entries()) {
    const row = rows.nth(i);
    await expect(row.locator('.cell.original')).toHaveText(block.en, { useInnerText: true });
    if (proposal[i]!.ja)
      await expect(row.locator('.cell.translation').locator(PostPage.TEXT)).toHaveText(
        proposal[i]!.ja,
        { useInnerText: true },
      );
    else await expect(row.locator('.cell.translation.missing')).toBeVisible();
    if (right.includes(i))
      await expect(row.locator('.cell.translation').locator(PostPage.TEXT)).toHaveText(block.ja!, {
        useInnerText: true,
      });
  }
  db.update(posts).set({ status: 'draft' }).where(eq(posts.id, id)).run();
});

test('a half-translated Japanese page keeps every paragraph; page chrome is listed, and a restored line is saved in its place', async ({
  page,
  db,
  axe,
}) => {
  const text = readFileSync('e2e/fixtures/paste-ja-original.txt', 'utf8');
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const paste = new PasteImportPage(page);
  await paste.propose(text);
  await expect(page.getByRole('heading', { name: 'Proposal: 7 blocks' })).toBeVisible();
  await expect(page.getByText('3 of 4 translated paragraphs placed.')).toBeVisible();
  await expect(
    page.getByText(
      'Original language: Japanese: its paragraphs come first and are the most numerous (Japanese 6, English 4).',
    ),
  ).toBeVisible();
  await expect(page.getByText(/^Block 4: Translator/)).toBeVisible();
  const chrome = [
    '信州の古い町並みを歩く：松本だより',
    '投稿者：松本太郎 日時：2024/05/12 10:30',
    'Comments',
    'Name:',
    'Email',
  ];
  await expect(paste.chrome.getByRole('listitem')).toHaveText(
    chrome.map((c) => new RegExp(`${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*Restore$`)),
  );
  await expect(paste.question).toHaveCount(0);
  expect(await axe(page)).toEqual([]);

  const editor = new EditorPage(page);
  await expect(editor.rows).toHaveCount(7);
  await expect(editor.cell(4, 'ja', 'original')).toHaveValue(/^Translator’?'?s note/);
  // Restored lines go back where they were on the page, whatever order they are restored in.
  await paste.restore('Comments');
  await expect(paste.chromeItem('Comments')).toContainText('Restored');
  await paste.restore(chrome[0]!);
  await expect(editor.rows).toHaveCount(9);
  await expect(editor.cell(1, 'ja', 'original')).toHaveValue(chrome[0]!);
  await expect(editor.cell(2, 'ja', 'original')).toHaveValue('松本城の城下町、中町通りを歩く');
  await expect(editor.cell(9, 'ja', 'original')).toHaveValue('Comments');
  const id = await editor.save();

  // Every pasted paragraph but the three chrome lines left out is in the saved post.
  const saved = db
    .select({ text: blockTexts.text })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .where(eq(blocks.postId, id))
    .all();
  const pasted = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const left = chrome.filter((c) => c !== 'Comments' && c !== chrome[0]);
  expect(saved.map((r) => r.text).sort()).toEqual(pasted.filter((l) => !left.includes(l)).sort());
  expect(db.select().from(posts).where(eq(posts.id, id)).get()).toMatchObject({
    originalLanguage: 'ja',
    status: 'draft',
  });
});

test('when the original language is unclear, the owner is asked and the paste is aligned again with the choice', async ({
  page,
  axe,
}) => {
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const paste = new PasteImportPage(page);
  await paste.propose(
    'ウィーンとパリを結ぶ夜行列車が出発した。\n\nThe night train left Vienna on Sunday.\n\nIt will run three times a week.',
  );
  await expect(paste.question).toContainText(
    'English has the most paragraphs (English 2, Japanese 1), but Japanese comes first.',
  );
  await expect(paste.question.getByLabel('English')).toBeChecked();
  expect(await axe(page)).toEqual([]);
  await paste.question.getByLabel('Japanese').check();
  await paste.question.getByRole('button', { name: 'Propose again with this original' }).click();
  await expect(paste.question).toHaveCount(0);
  await expect(page.getByText('Original language: Japanese (as chosen).')).toBeVisible();
  // The paste form above has a field of the same name: the editor's is the last one.
  await expect(page.getByLabel('Original language', { exact: true }).last()).toHaveValue('ja');
  const editor = new EditorPage(page);
  await expect(editor.rows).toHaveCount(2);
  const originals = [
    await editor.cell(1, 'ja', 'original').inputValue(),
    await editor.cell(2, 'ja', 'original').inputValue(),
  ];
  expect(originals).toContain('ウィーンとパリを結ぶ夜行列車が出発した。');
});

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
  await expect(report).toContainText('Dry run: nothing was saved');
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
  await expect(report).toContainText('Created 2 posts, 4 comments and 2 categories.');
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
  expect(texts).toContain('古い山岳写真集\n昭和の時刻表 & 路線図');
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
  await expect(report).toContainText(
    'Created 0 posts, 0 comments and 0 categories. 2 already imported.',
  );
  expect(count()).toEqual({ posts: 2, comments: 4 });
});

type Captured = { url: string; headers: Record<string, string>; body: Buffer | null };

test('a moderator is refused every owner page and every owner action (403), and nothing changes', async ({
  page,
  browser,
  db,
  baseURL,
}) => {
  const seedPost = db.select().from(posts).where(eq(posts.slug, SEED_POST_SLUG)).get()!;
  const revisionsOf = () =>
    db.select().from(revisions).where(eq(revisions.postId, seedPost.id)).all().length;
  const category = db.select().from(categories).orderBy(categories.id).get()!;

  // The owner's own calls, intercepted before they reach the server: each action's id and body.
  const captured: Captured[] = [];
  page.on('dialog', (dialog) => dialog.accept());
  await signInAs(page, 'owner', { next: `/en/admin/posts/${seedPost.id}/edit` });
  const editor = new EditorPage(page);
  await editor.save(); // unchanged: a second revision to restore from
  const before = {
    revisions: revisionsOf(),
    settings: db.select().from(settings).get(),
    categories: db.select().from(categories).all().length,
  };
  await page.route('**/*', (route) => {
    const request = route.request();
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
    captured.push({
      url: request.url(),
      headers: request.headers(),
      body: request.postDataBuffer(),
    });
    return route.abort();
  });
  await editor.title('en').fill('Taken over');
  await editor.saveButton.click();
  await page.goto(`/en/admin/posts/${seedPost.id}/revisions`);
  await page
    .getByRole('button', { name: /^Restore the revision of/ })
    .first()
    .click();
  await page
    .getByRole('dialog', { name: 'Restore this revision?' })
    .getByRole('button', { name: 'Restore', exact: true })
    .click();
  await page.goto('/en/admin/settings');
  await page.getByLabel('Blog title (English)').fill('Taken over');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.goto('/en/admin/categories');
  await page
    .getByRole('form', { name: category.slug })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page.goto('/en/admin/users');
  await page.getByLabel('Name').fill('Intruder');
  await page.getByLabel('Email').fill('intruder@example.com');
  await page.getByLabel('First password').fill('intruder-password');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect.poll(() => captured.length).toBe(5);

  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '10.99.0.7' },
  });
  const moderator = await context.newPage();
  await signInAs(moderator, 'moderator');
  const ownerPages = [
    'posts/new',
    'posts/import',
    `posts/${seedPost.id}/edit`,
    `posts/${seedPost.id}/preview`,
    `posts/${seedPost.id}/revisions`,
    'categories',
    'settings',
    'users',
  ];
  for (const path of ownerPages)
    expect((await moderator.goto(`/en/admin/${path}`))?.status(), path).toBe(403);
  for (const call of captured) {
    const { 'next-action': action, 'content-type': type } = call.headers;
    const response = await context.request.post(call.url, {
      headers: {
        'next-action': action!,
        'content-type': type!,
        accept: 'text/x-component',
        origin: baseURL!,
      },
      data: call.body ?? '',
      maxRedirects: 0,
    });
    expect(response.status(), call.url).toBe(403);
  }
  const upload = await context.request.post('/api/media', {
    multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: PNG } },
    headers: { origin: baseURL! },
  });
  expect(upload.status()).toBe(403);
  // Exports are uploaded to a route handler (the import page shows the upload's progress).
  const exportUpload = await context.request.post('/api/import', {
    multipart: {
      format: 'mt',
      language: 'ja',
      dryRun: 'false',
      file: {
        name: 'mt-export.txt',
        mimeType: 'text/plain',
        buffer: readFileSync('e2e/fixtures/mt-export.txt'),
      },
    },
    headers: { origin: baseURL! },
  });
  expect(exportUpload.status()).toBe(403);
  await context.close();

  expect(
    db
      .select()
      .from(postTranslations)
      .where(eq(postTranslations.postId, seedPost.id))
      .all()
      .map((t) => t.title),
  ).not.toContain('Taken over');
  expect(revisionsOf()).toBe(before.revisions);
  expect(db.select().from(settings).get()).toEqual(before.settings);
  expect(db.select().from(categories).all()).toHaveLength(before.categories);
  expect(db.select().from(users).where(eq(users.email, 'intruder@example.com')).all()).toHaveLength(
    0,
  );
  expect(db.select().from(posts).where(eq(posts.slug, '2023-04-book-fair-2')).all()).toHaveLength(
    0,
  );
});

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('the owner uploads an image: stored under a new name, served with long cache headers; other files are refused', async ({
  page,
  baseURL,
}) => {
  await signInAs(page, 'owner');
  const headers = { origin: baseURL! };
  const ok = await page.request.post('/api/media', {
    multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer: PNG } },
    headers,
  });
  expect(ok.status()).toBe(201);
  const { url } = (await ok.json()) as { url: string };
  expect(url).toMatch(/^\/media\/[0-9a-f]{32}\.png$/);
  const served = await page.request.get(url);
  expect(served.status()).toBe(200);
  expect(served.headers()).toMatchObject({
    'content-type': 'image/png',
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  // Re-encoded on upload (metadata and anything appended are gone): the same 1×1 PNG, not the same bytes.
  expect(await sharp(await served.body()).metadata()).toMatchObject({
    format: 'png',
    width: 1,
    height: 1,
  });
  const html = Buffer.from('<html><script>alert(1)</script></html>');
  const fake = await page.request.post('/api/media', {
    multipart: { file: { name: 'evil.png', mimeType: 'image/png', buffer: html } },
    headers,
  });
  expect(fake.status()).toBe(415);
  const big = await page.request.post('/api/media', {
    multipart: {
      file: {
        name: 'big.png',
        mimeType: 'image/png',
        buffer: Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]),
      },
    },
    headers,
  });
  expect(big.status()).toBe(413);
  expect((await page.request.get('/media/00000000000000000000000000000000.png')).status()).toBe(
    404,
  );
});

test('the owner manages categories, settings and users, and the last owner cannot be removed', async ({
  page,
  db,
}) => {
  page.on('dialog', (dialog) => dialog.accept());
  await signInAs(page, 'owner', { next: '/en/admin/categories' });
  const form = page.getByRole('form', { name: 'New category' });
  await form.getByLabel('Slug').fill('Bad Slug');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form).toContainText('Use lower-case letters, digits and single hyphens.');
  await form.getByLabel('Slug').fill('travel-notes');
  await form.getByLabel('Name (English)').fill('Travel notes');
  await form.getByRole('button', { name: 'Create' }).click();
  const travel = page.getByRole('form', { name: 'travel-notes' });
  await travel.getByLabel('Name (Japanese)').fill('旅のメモ');
  await travel.getByRole('button', { name: 'Save' }).click();
  await expect(travel.getByRole('status')).toHaveText('Saved.');
  expect(
    db.select().from(categories).where(eq(categories.slug, 'travel-notes')).get()?.names,
  ).toEqual({ en: 'Travel notes', ja: '旅のメモ' });
  await travel.getByRole('button', { name: 'Delete' }).click();
  await expect(travel).toHaveCount(0);
  expect(
    db.select().from(categories).where(eq(categories.slug, 'travel-notes')).all(),
  ).toHaveLength(0);

  await page.goto('/en/admin/settings');
  const before = db.select().from(settings).get();
  await page.getByLabel('Time zone').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Unknown time zone.')).toBeVisible();
  await page.getByLabel('Time zone').fill(before!.timeZone);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect(db.select().from(settings).get()).toEqual(before);

  await page.goto('/en/admin/users');
  const owner = page.getByRole('row', { name: /owner@taiyaku\.test/ });
  await owner.getByRole('button', { name: 'Disable' }).click();
  await expect(owner.getByRole('alert')).toHaveText('Refused: this is the last active owner.');
  await owner.getByLabel(/^Role of/).selectOption('moderator');
  await expect(owner.getByRole('alert')).toHaveText('Refused: this is the last active owner.');
  await expect(owner.getByLabel(/^Role of/)).toHaveValue('owner');
  expect(db.select().from(users).where(eq(users.email, 'owner@taiyaku.test')).get()).toMatchObject({
    role: 'owner',
    disabled: false,
  });
  await page.getByLabel('Name', { exact: true }).fill('Second moderator');
  await page.getByLabel('Email', { exact: true }).fill('second-mod@example.com');
  await page.getByLabel('First password').fill('short');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByText('At least 8 characters.')).toBeVisible();
  await page.getByLabel('First password').fill('second moderator password');
  await page.getByRole('button', { name: 'Add user' }).click();
  const second = page.getByRole('row', { name: /second-mod@example\.com/ });
  await second.getByRole('button', { name: 'Disable' }).click();
  await expect(second.getByRole('status')).toHaveText('Account disabled; its sessions have ended.');
  expect(
    db.select().from(users).where(eq(users.email, 'second-mod@example.com')).get(),
  ).toMatchObject({ role: 'moderator', disabled: true });
});
