import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { SEED_POST_SLUG } from './support/seed-fixture';

// Characters no Japanese line may start with (kinsoku shori): closing punctuation and brackets,
// the prolonged sound mark, small kana, iteration marks.
const KINSOKU =
  '、。，．・：；？！ー」』）〕］｝〉》】ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々)]';

/** Every line start inside the page's Japanese text (but a block's first), as characters. */
function lineStarts(page: Page) {
  return page.evaluate(() => {
    const starts: string[] = [];
    for (const el of document.querySelectorAll('#reading [lang="ja"] :is(p, h2, h3, li, td)')) {
      let top = Number.NaN;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          if (!text[i]!.trim()) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (!Number.isNaN(top) && rect.top > top + 4) starts.push(text[i]!);
          top = Number.isNaN(top) ? rect.top : Math.max(top, rect.top);
        }
      }
    }
    return starts;
  });
}

const lineHeight = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize);
    });

for (const width of [360, 1280]) {
  test(`Japanese text at ${width} px: headings set tight, body per script, no line starts with kinsoku characters`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/ja/posts/${SEED_POST_SLUG}?view=side-by-side&lang=ja`);
    expect(await lineHeight(page, 'h1')).toBeCloseTo(1.35, 2);
    expect(await lineHeight(page, '#reading .cell[lang="ja"] h2')).toBeCloseTo(1.35, 2);
    expect(
      await lineHeight(page, '#reading .row.translated .cell[lang="ja"] .block-text p'),
    ).toBeCloseTo(1.8, 2);
    expect(await lineHeight(page, '#reading .cell[lang="en"] .block-text p')).toBeCloseTo(1.6, 2);
    const ja = page.locator('#reading .cell[lang="ja"] p').first();
    await expect(ja).toHaveCSS('line-break', 'strict');
    const starts = await lineStarts(page);
    // The seed's Japanese wraps onto many lines at both widths: the check has something to check.
    expect(starts.length).toBeGreaterThan(width === 360 ? 10 : 5);
    expect(starts.filter((c) => KINSOKU.includes(c))).toEqual([]);
  });
}
