import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { signInAs } from './support/auth';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { unique } from './support/posts';

test.describe.configure({ timeout: 300_000 });

const EN = [
  'Water is H<sub>2</sub>O[^1].',
  '',
  '| Item | Price |',
  '|:--|--:|',
  '| Tea | 8 |',
  '',
  '8. Eight',
  '9. Nine',
  '   - Nested',
  '',
  '[^1]: Two hydrogens.',
].join('\n');
const JA = [
  '水は H<sub>2</sub>O[^1]。東京《とうきょう》へ。',
  '',
  '| 品 | 値 |',
  '|:--|--:|',
  '| 茶 | 8 |',
  '',
  '8. 八',
  '9. 九',
  '   - 入れ子',
  '',
  '[^1]: 水素が二つ。',
].join('\n');

/** Everything one language's cell must show, in whichever view shows that cell. */
async function expectRich(page: Page, lang: 'en' | 'ja') {
  const cell = page.locator(`#reading .cell[lang="${lang}"]`).first();
  const [head, nested] = lang === 'en' ? ['Item', 'Nested'] : ['品', '入れ子'];
  await expect(cell.locator('th').first()).toHaveText(head);
  await expect(cell.locator('th').nth(1)).toHaveCSS('text-align', 'right');
  await expect(cell.locator('ol[start="8"] > li')).toHaveCount(2);
  await expect(cell.locator('ol[start="8"] > li ul > li')).toHaveText(nested);
  await expect(cell.locator('sub')).toHaveText('2');
  // Footnotes are numbered down the column and listed once at its end, linked both ways.
  const ref = cell.locator('a[data-footnote-ref]');
  await expect(ref).toHaveText('1');
  const list = page.locator(`#reading .notes-row .cell[lang="${lang}"]`);
  await expect(list.locator('li')).toHaveCount(2);
  const note = list.locator(`[id="${(await ref.getAttribute('href'))!.slice(1)}"]`);
  await expect(note).toContainText(lang === 'en' ? 'Two hydrogens.' : '水素が二つ。');
  const back = note.locator('a[data-footnote-backref]');
  await expect(cell.locator(`[id="${(await back.getAttribute('href'))!.slice(1)}"]`)).toHaveCount(
    1,
  );
  const later = page.locator(`#reading .row[data-kind="paragraph"] .cell[lang="${lang}"]`).nth(2);
  await expect(later.locator('a[data-footnote-ref]')).toHaveText('2');
  await expect(list.locator('li').nth(1)).toContainText(lang === 'en' ? 'Sodium' : '塩化');
  if (lang === 'ja') await expect(cell.locator('ruby rt')).toHaveText('とうきょう');
}

async function writePost(page: Page, slug: string) {
  await signInAs(page, 'owner', { next: '/en/admin/posts/new' });
  const editor = new EditorPage(page);
  await editor.originalLanguage.selectOption('en');
  await editor.title('en').fill(`Rich text ${slug}`);
  await editor.slug.fill(slug);
  await editor.title('ja').fill(`書式 ${slug}`);
  await editor.fillRows([
    { en: EN, ja: JA },
    { en: 'bold', ja: '漢字です' },
    { en: 'Salt[^s].\n\n[^s]: Sodium chloride.', ja: '塩[^s]。\n\n[^s]: 塩化ナトリウム。' },
  ]);

  // The toolbar and its shortcuts write the Markdown.
  const en2 = editor.cell(2, 'en', 'original');
  await en2.selectText();
  await page.keyboard.press('Control+b');
  await expect(en2).toHaveValue('**bold**');
  const ja2 = editor.cell(2, 'ja', 'translation');
  await ja2.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 2));
  await editor
    .row(2)
    .getByRole('toolbar', { name: /Japanese/ })
    .getByRole('button', { name: 'Ruby (furigana)' })
    .click();
  await page.keyboard.type('かんじ');
  await expect(ja2).toHaveValue('｜漢字《かんじ》です');

  // The preview is the reader's rendering, from the server.
  const tools = editor.row(1).getByRole('toolbar', { name: 'Formatting of block 1 (English)' });
  await tools.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview of block 1 (English)' });
  await expect(preview.getByRole('cell', { name: 'Tea' })).toBeVisible();
  await expect(preview.locator('ol[start="8"]')).toBeVisible();

  await editor.status('Published').check();
  await editor.save();
}

test('an owner writes tables, lists, footnotes, sub and ruby in both languages; readers see them in every view without JavaScript', async ({
  page,
  browser,
  baseURL,
  axe,
}) => {
  const slug = unique('rich');
  await writePost(page, slug);

  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': `10.201.${randomInt(256)}.${randomInt(1, 255)}` },
  });
  const reader = await context.newPage();
  await reader.goto(`/en/posts/${slug}?view=side-by-side&lang=ja`);
  await expectRich(reader, 'en');
  await expectRich(reader, 'ja');
  await expect(reader.locator('#reading .cell[lang="en"] strong')).toHaveText('bold');
  // axe runs as a script, so on the same page in a browser with JavaScript.
  await page.goto(`/en/posts/${slug}?view=side-by-side&lang=ja`);
  expect(await axe(page)).toEqual([]);

  // Furigana: shown by default, hidden by the reader's checkbox (no script needed).
  const rt = reader.locator('#reading .cell[lang="ja"] ruby rt').first();
  await expect(rt).toBeVisible();
  await reader.getByLabel('Show furigana (readings over kanji)').uncheck();
  await expect(rt).toBeHidden();

  await reader.goto(`/en/posts/${slug}?view=single&lang=ja`);
  await expectRich(reader, 'ja');
  await expect(reader.locator('#reading .cell[lang="en"] table').first()).toBeHidden();
  await reader.goto(`/en/posts/${slug}?view=single&lang=en`);
  await expectRich(reader, 'en');
  await reader.goto(`/en/posts/${slug}?view=interleaved&lang=ja`);
  await expectRich(reader, 'en');
  await expectRich(reader, 'ja');
  await context.close();
});

test('the furigana choice is remembered like the view', async ({ page }) => {
  const slug = unique('ruby');
  await writePost(page, slug);
  await page.goto(`/ja/posts/${slug}`);
  const rt = page.locator('#reading ruby rt').first();
  await expect(rt).toBeVisible();
  await page.getByLabel('ふりがなを表示').uncheck();
  await expect(rt).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('ふりがなを表示')).not.toBeChecked();
  await expect(rt).toBeHidden();
});

test('the Markdown parser never reaches a client bundle', () => {
  const dir = path.resolve(process.env.E2E_DIST_DIR ?? '.next-e2e', 'static');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.js'),
  );
  expect(files.length).toBeGreaterThan(10);
  // Token names of micromark's GFM footnotes and tables: strings no minifier can rename.
  const found = files.filter((f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    return text.includes('gfmFootnoteDefinitionLabel') || text.includes('tableDelimiterFiller');
  });
  expect(found).toEqual([]);
});
