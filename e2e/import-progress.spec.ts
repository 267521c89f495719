// The import page counts entries while the server imports, and says why a file has nothing to import.
import { signInAs } from './support/auth';
import { ExportImportPage, importDone } from './support/export-import-page';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

const ENTRIES = 1200;
const entry = (n: number) =>
  `AUTHOR: taro\nTITLE: Counted entry ${n}\nDATE: 01/15/2024 10:00:00 AM\nSTATUS: Publish\n-----\nBODY:\nParagraph ${n}.\n-----\n--------\n`;
const file = (name: string, text: string) => ({
  name,
  mimeType: name.endsWith('.xml') ? 'text/xml' : 'text/plain',
  buffer: Buffer.from(text),
});

test('a large export shows the count of entries done while it runs, then the report', async ({
  page,
}) => {
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const form = new ExportImportPage(page);
  await page.getByLabel('Export format').selectOption({ label: 'Movable Type / Seesaa (.txt)' });
  const mt = Array.from({ length: ENTRIES }, (_, n) => entry(n)).join('');
  await page.getByLabel('Export file').setInputFiles(file('many.txt', mt));
  // Every text the count shows, recorded as it changes (it can pass faster than a poll).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { counts: string[] }).counts = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-count"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await form.dryRun();
  await expect(form.report).toContainText(`Would create ${ENTRIES.toLocaleString('en')} posts`, {
    timeout: 100_000,
  });
  await expect(form.progress).toBeHidden();
  const counts = await page.evaluate(() => (window as unknown as { counts: string[] }).counts);
  const done = counts.map((c) => {
    const m = /^([\d,]+) \/ 1,200 entries$/.exec(c);
    expect(m, c).not.toBeNull();
    return Number(m![1]!.replace(/,/g, ''));
  });
  // A true count: at least one step between the start and the end, never going back.
  expect(
    done.some((d) => d > 0 && d < ENTRIES),
    counts.join(' | '),
  ).toBe(true);
  expect([...done].sort((a, b) => a - b)).toEqual(done);
});

test('a file with nothing to import says why', async ({ page }) => {
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const form = new ExportImportPage(page);
  const noItems = `<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Empty</title></channel></rss>`;
  await page.getByLabel('Export format').selectOption({ label: 'WordPress (WXR, .xml)' });
  await page.getByLabel('Export file').setInputFiles(file('empty.xml', noItems));
  await form.dryRun();
  // The first import of a server process starts its planning worker: importDone waits for it.
  await importDone(form.report.getByRole('alert')).toHaveText(
    'This file has no <item> elements — is it a WordPress export (WXR)?',
  );

  await page.getByLabel('Export format').selectOption({ label: 'Movable Type / Seesaa (.txt)' });
  await page.getByLabel('Export file').setInputFiles(file('notes.txt', 'Shopping list\nmilk\n'));
  await form.dryRun();
  await importDone(form.report.getByRole('alert')).toContainText(
    'No Movable Type entries were found',
  );
  await expect(form.report.getByRole('alert')).toContainText('(--------)');

  await page.goto('/ja/admin/posts/import');
  await page.getByLabel('エクスポートの形式').selectOption('wxr');
  await page
    .getByLabel('エクスポートファイル', { exact: true })
    .setInputFiles(file('empty.xml', noItems));
  await page.getByRole('button', { name: '試しに実行' }).click();
  await importDone(page.getByTestId('import-report').getByRole('alert')).toHaveText(
    'このファイルには <item> 要素がありません。WordPress のエクスポート（WXR）ですか？',
  );
});
