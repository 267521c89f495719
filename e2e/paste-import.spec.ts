// Pasting a text and its translation: alignment, page chrome, the language question.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { blocks, blockTexts, posts } from '@/db/schema';
import { signInAs } from './support/auth';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { PasteImportPage } from './support/paste-import-page';
import { PostPage } from './support/post-page';
import { loadSeedJson } from './support/seed-fixture';

const seed = loadSeedJson().post;

test.describe.configure({ timeout: 120_000 });

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
