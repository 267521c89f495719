import { readFileSync } from 'node:fs';
import { signInAs } from './support/auth';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { PasteImportPage } from './support/paste-import-page';

const fixture = (name: string) => readFileSync(`lib/import/fixtures/align/${name}.txt`, 'utf8');
// Internal cue codes ("dow:1", "num:60", "katakana:…~…") must never reach the owner.
const CODES = /\b(?:num|dow|month|katakana|latin|word|gloss|length|layout):|~/;

test('the issue’s case: heading + 5 paragraphs, translations of the 1st, 3rd and 5th land beside them, the heading stays the title', async ({
  page,
  axe,
}) => {
  const text = fixture('issue-five-paragraphs');
  const ja = text.split('\n').filter((l) => /[ぁ-ん]/.test(l));
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const paste = new PasteImportPage(page);
  await paste.propose(text);
  await expect(page.getByRole('heading', { name: 'Proposal: 6 blocks' })).toBeVisible();
  await expect(page.getByText('3 of 3 translated paragraphs placed.')).toBeVisible();
  const editor = new EditorPage(page);
  const texts = await editor.rowTexts();
  expect(texts.map((r) => r.ja)).toEqual(['', ja[0], '', ja[1], '', ja[2]]);
  await expect(editor.title('en')).toHaveValue('Notes from a quiet week');
  // No Japanese headline was pasted: the title is left for the owner, not taken from a paragraph.
  await expect(editor.title('ja')).toHaveValue('');

  for (const n of [2, 4, 6]) {
    const note = paste.confidence(editor.row(n));
    await expect(note).toHaveText(/^(Sure|Likely) match Because of: .*same words: /);
    await expect(note).not.toHaveText(CODES);
  }
  await expect(paste.confidence(editor.row(2))).toContainText('家 ↔ home');
  for (const n of [1, 3, 5]) await expect(paste.confidence(editor.row(n))).toHaveCount(0);
  await expect(
    page.getByText('Every pair has clear evidence; still worth a glance.'),
  ).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('a pair with only weak evidence is highlighted for review, in words, in both UI languages', async ({
  page,
  axe,
}) => {
  const text = fixture('essay-commute-ja-first');
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const paste = new PasteImportPage(page);
  await paste.propose(text);
  await expect(
    page.getByText('1 pair is unsure and marked “check this pair” below.'),
  ).toBeVisible();
  const editor = new EditorPage(page);
  const weak = paste.confidence(editor.row(6));
  await expect(weak).toHaveText(/^Unsure match: check this pair Because of: /);
  await expect(weak).not.toHaveText(CODES);
  await expect(editor.cell(6, 'en', 'translation')).toHaveValue(/^Even so/);
  await expect(page.getByRole('note').filter({ hasText: 'Unsure match' })).toHaveCount(1);
  // A sure pair names its evidence, the shared sentence count among it.
  await expect(paste.confidence(editor.row(4))).toContainText('same number of sentences (2)');
  expect(await axe(page)).toEqual([]);

  // Once the owner rewrites the translation, the pair is theirs: the warning goes.
  await editor.cell(6, 'en', 'translation').fill('Even so, the train feels lonely without him.');
  await expect(paste.confidence(editor.row(6))).toHaveCount(0);

  await page.goto('/ja/admin/posts/import');
  await page.getByLabel('貼り付けるテキスト').fill(text);
  await page.getByRole('button', { name: '対応付けを提案' }).click();
  const row6 = page.getByRole('group', { name: /^ブロック 6\b/ });
  await expect(row6.getByRole('note')).toHaveText(/^不確かな対応：この組を確認してください 根拠: /);
  await expect(page.getByRole('group', { name: /^ブロック 2\b/ }).getByRole('note')).toContainText(
    '同じ言葉: ',
  );
});
