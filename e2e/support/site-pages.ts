import type { Locator, Page } from '@playwright/test';

/** Reader listings (home, category, archive, search): titles in order, pagination and search. */
export class SiteListing {
  constructor(readonly page: Page) {}

  get titles(): Locator {
    return this.page.locator('main .post-card h2');
  }

  async titleTexts(): Promise<string[]> {
    return (await this.titles.allInnerTexts()).map((t) => t.trim());
  }

  get older(): Locator {
    return this.page.getByRole('link', { name: /Older posts|以前の記事/ });
  }

  /** Types into the header's search box and submits it, as a reader would. */
  async searchFromHeader(query: string) {
    const box = this.page.getByRole('searchbox', { name: /Search this blog|ブログ内を検索/ });
    await box.fill(query);
    await box.press('Enter');
  }

  get marks(): Locator {
    return this.page.locator('main .snippet-text mark');
  }

  /** Pixels the page scrolls sideways (0 means it fits). */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }
}

/** Parses XML in the browser and reports whether it is well-formed, plus what a test needs from it. */
export async function parseXml(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
    const all = (name: string) =>
      Array.from(doc.getElementsByTagName(name)).map((e) => e.textContent ?? '');
    const alternates = Array.from(
      doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link'),
    ).map((e) => ({
      hreflang: e.getAttribute('hreflang'),
      href: e.getAttribute('href'),
    }));
    return {
      error,
      root: doc.documentElement.nodeName,
      links: all('link'),
      locs: all('loc'),
      titles: all('title'),
      alternates,
    };
  }, text);
}
