import type { Locator, Page } from '@playwright/test';

/** The paste-and-align import (English UI): the form, the language question, the chrome list. */
export class PasteImportPage {
  constructor(readonly page: Page) {}

  async propose(text: string) {
    await this.page.getByLabel('Pasted text').fill(text);
    await this.page.getByRole('button', { name: 'Propose alignment' }).click();
  }

  /** "Removed as page chrome (n)": one list item per line set aside. */
  get chrome(): Locator {
    return this.page.getByRole('region', { name: /^Removed as page chrome/ });
  }

  chromeItem(text: string): Locator {
    return this.chrome
      .getByRole('listitem')
      .filter({ has: this.page.getByText(text, { exact: true }) });
  }

  async restore(text: string) {
    await this.chromeItem(text).getByRole('button', { name: 'Restore' }).click();
  }

  /** Under a proposed row: how sure the aligner is of its pair, and on which cues. */
  confidence(row: Locator): Locator {
    return row.getByRole('note');
  }

  /** Shown only when the original language is unclear. */
  get question(): Locator {
    return this.page.getByRole('group', { name: 'Which language is the original?' });
  }
}
