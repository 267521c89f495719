import type { Locator, Page } from '@playwright/test';
import { EditorPage } from './editor-page';

/** The editor's stale-translation parts (English UI), on top of the plain editor. */
export class StaleEditor extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  /** "N translation(s) need checking" above the blocks. */
  get summary(): Locator {
    return this.page.getByTestId('stale-summary');
  }

  /** The stale note inside row `n`. */
  note(n: number): Locator {
    return this.row(n).getByRole('group', {
      name: /The original has changed since this translation was made/,
    });
  }

  diff(n: number): Locator {
    return this.note(n).getByTestId('stale-diff');
  }

  stillCorrect(n: number): Locator {
    return this.note(n).getByRole('button', { name: 'Still correct' });
  }
}

/** A published post as a reader sees it: one block row by its number, and the coverage line. */
export class StaleReader {
  constructor(readonly page: Page) {}

  goto(locale: 'en' | 'ja', slug: string) {
    return this.page.goto(`/${locale}/posts/${slug}`);
  }

  row(n: number): Locator {
    return this.page.locator(`#b${n}`);
  }

  get coverage(): Locator {
    return this.page.locator('header p.coverage');
  }
}
