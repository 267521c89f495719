import { expect, type Locator, type Page } from '@playwright/test';

const NAMES: Record<string, string> = { en: 'English', ja: 'Japanese' };
export type RowText = { kind?: string; en: string; ja: string | null };

/** The post editor (English UI): fields, block rows and the save bar. */
export class EditorPage {
  constructor(readonly page: Page) {}

  async gotoNew() {
    await this.page.goto('/en/admin/posts/new');
  }

  title(lang: string): Locator {
    return this.page.getByLabel(`Title (${NAMES[lang]})`, { exact: true });
  }

  get originalLanguage(): Locator {
    return this.page.getByLabel('Original language', { exact: true });
  }

  get slug(): Locator {
    return this.page.getByLabel('Slug (address)');
  }

  get publishedAt(): Locator {
    return this.page.getByLabel(/^Publication time/);
  }

  status(name: 'Draft' | 'Published'): Locator {
    return this.page.getByRole('group', { name: 'Status' }).getByLabel(name);
  }

  get rows(): Locator {
    return this.page.getByRole('group', { name: /^Block \d+/ });
  }

  row(n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Block ${n}\\b`) });
  }

  cell(n: number, lang: string, side: 'original' | 'translation'): Locator {
    return this.page.getByLabel(`Block ${n}, ${side} (${NAMES[lang]})`, { exact: true });
  }

  tool(n: number, name: string): Locator {
    return this.row(n).getByRole('button', { name, exact: true });
  }

  get coverage(): Locator {
    return this.page.getByTestId('coverage');
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }

  /** Fills rows 1..n (adding rows below as needed), original English and Japanese translation. */
  async fillRows(rows: RowText[]) {
    for (const [i, r] of rows.entries()) {
      const n = i + 1;
      if ((await this.rows.count()) < n) await this.tool(n - 1, 'Insert block below').click();
      if (r.kind) await this.row(n).getByLabel(`Kind of block ${n}`).selectOption(r.kind);
      await this.cell(n, 'en', 'original').fill(r.en);
      if (r.ja) await this.cell(n, 'ja', 'translation').fill(r.ja);
    }
  }

  /** Every row's English and Japanese text as the editor holds it ('' = not translated). */
  async rowTexts(): Promise<Array<{ en: string; ja: string }>> {
    const out = [];
    for (let n = 1; n <= (await this.rows.count()); n++) {
      out.push({
        en: await this.cell(n, 'en', 'original').inputValue(),
        ja: await this.cell(n, 'ja', 'translation').inputValue(),
      });
    }
    return out;
  }

  /** Saves, waits until the save is confirmed and returns the post's id. */
  async save(): Promise<number> {
    const isNew = !/\/posts\/\d+\/edit/.test(this.page.url());
    await this.saveButton.click();
    if (isNew) {
      await this.page.waitForURL(/\/admin\/posts\/\d+\/edit\?created=1$/);
      await expect(this.page.getByText('Post created.')).toBeVisible();
    } else {
      await expect(this.page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
    }
    return Number(/posts\/(\d+)\/edit/.exec(this.page.url())![1]);
  }
}
