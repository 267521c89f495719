import type { Locator, Page } from '@playwright/test';

/** The reader's post page: rows, visible cells and the view switcher. */
export class PostPage {
  constructor(readonly page: Page) {}

  async goto(
    slug: string,
    { locale = 'ja', query = '' }: { locale?: string; query?: string } = {},
  ) {
    return this.page.goto(`/${locale}/posts/${slug}${query ? `?${query}` : ''}`);
  }

  get article(): Locator {
    return this.page.locator('#reading');
  }

  get rows(): Locator {
    return this.page.locator('#reading .row');
  }

  /** Cells a reader can see (hidden cells are display:none). */
  /** The block text a cell shows, without the notes around it (fallback, stale, credit, suggest link). */
  static readonly TEXT = ':scope > :not(.fallback-note, .stale-note, .translation-note)';

  /** Each visible cell's block text, in reading order. */
  async visibleTexts(lang?: string): Promise<string[]> {
    return this.visibleCells(lang).evaluateAll(
      (cells, text) =>
        cells.map((cell) =>
          [...cell.querySelectorAll(text)]
            .map((e) => (e as HTMLElement).innerText)
            .join('\n')
            .trim(),
        ),
      PostPage.TEXT,
    );
  }

  visibleCells(lang?: string): Locator {
    const cells = this.page.locator(
      `#reading .row .cell${lang ? `[lang="${lang}"]` : ''}:not(.missing)`,
    );
    return cells.filter({ visible: true });
  }

  get controls(): Locator {
    return this.page.getByRole('navigation', { name: /Reading view|表示方法/ });
  }

  viewLink(name: string | RegExp): Locator {
    return this.controls.getByRole('link', { name });
  }
}
