import { expect, type Locator, type Page } from '@playwright/test';

/** The export import on the import page (English UI): format, file, language, the two buttons, the report. */
export class ExportImportPage {
  constructor(readonly page: Page) {}

  async choose(
    format: 'Movable Type / Seesaa (.txt)' | 'WordPress (WXR, .xml)',
    file: string,
    language: string,
  ) {
    await this.page.getByLabel('Export format').selectOption({ label: format });
    await this.page.getByLabel('Export file').setInputFiles(file);
    await this.page.getByLabel('Language of the posts').selectOption(language);
  }

  dryRun() {
    return this.page.getByRole('button', { name: 'Dry run' }).click();
  }

  importNow() {
    return this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Import a Movable Type or WordPress export' });
  }

  get progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Import progress' });
  }

  get report(): Locator {
    return this.page.getByTestId('import-report');
  }

  list(name: string): Locator {
    return this.report.getByRole('list', { name });
  }

  /** Holds the upload back until `release()`, so the progress can be seen while it waits. */
  async holdUploads() {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await this.page.route('**/api/import', async (route) => {
      await held;
      await route.continue();
    });
    return () => release();
  }
}

/**
 * Expectations on an import's answer: planning runs in a worker thread, which a server process
 * starts on its first import (a few seconds, more on a loaded machine), so the answer may take
 * longer than a page's usual reaction.
 */
export const importDone = expect.configure({ timeout: 45_000 });
