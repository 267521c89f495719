import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { DEMO_POSTS } from '@/server/demo-content';
import { loadSeedJson, SEED_POST_SLUG } from './support/seed-fixture';

// Characters no Japanese line may start with (kinsoku shori): closing punctuation and brackets,
// the prolonged sound mark, small kana, iteration marks.
const KINSOKU =
  '、。，．・：；？！ー」』）〕］｝〉》】ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々)]';

/** Every line start inside the page's Japanese text (but a block's first), as characters. */
function lineStarts(page: Page) {
  return page.evaluate(() => {
    const starts: string[] = [];
    const blocks = '#reading [lang="ja"] :is(p, h2, h3, li, td), #reading .title:lang(ja)';
    for (const el of document.querySelectorAll(blocks)) {
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

/**
 * Without a Japanese font (as on this test machine) Chromium draws kana in a fallback narrower than
 * 1em, so lines hold more characters than a reader's would. Narrowing each column by that ratio
 * gives the line lengths of a real Japanese face, and so as many line starts to check.
 */
function asIfWithJapaneseFont(page: Page) {
  return page.evaluate(() => {
    const probe = document.querySelector('#reading .cell[lang="ja"] .block-text p');
    const text = probe?.firstChild;
    // The first kana or kanji (a paragraph may open with digits or Latin letters).
    const at = text?.textContent?.search(/[\u3041-\u30ff\u4e00-\u9fff]/) ?? -1;
    if (!probe || !text || at < 0) return;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const ratio =
      range.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(probe).fontSize);
    if (ratio >= 0.95) return;
    for (const cell of document.querySelectorAll<HTMLElement>('#reading .cell'))
      cell.style.maxWidth = `${cell.clientWidth * ratio}px`;
    for (const title of document.querySelectorAll<HTMLElement>('.post-header h1'))
      title.style.maxWidth = `${title.clientWidth * ratio}px`;
  });
}

// Every published demo post with Japanese text, and the seed post.
const JA_POSTS = [
  SEED_POST_SLUG,
  ...DEMO_POSTS.filter((p) => p.status === 'published' && p.days <= 0).map((p) => p.slug),
];

for (const width of [360, 1280]) {
  test(`no Japanese line of a demo post starts with a kinsoku character at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    let checked = 0;
    for (const slug of JA_POSTS) {
      await page.goto(`/ja/posts/${slug}?view=side-by-side`);
      await asIfWithJapaneseFont(page);
      const starts = await lineStarts(page);
      checked += starts.length;
      test
        .info()
        .annotations.push({ type: 'line starts', description: `${slug}: ${starts.length}` });
      console.log(`${width}px ${slug}: ${starts.length} line starts checked`);
      expect(
        starts.filter((c) => KINSOKU.includes(c)),
        slug,
      ).toEqual([]);
    }
    expect(checked).toBeGreaterThan(width === 360 ? 40 : 15);
  });
}

/**
 * For each Japanese title and heading on the page: how many lines it takes, how many <wbr>s it
 * holds and the line starts that fall inside a phrase (neither after a <wbr> nor after a space).
 */
function phraseBreaks(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      // Squeezed to 60% of its one-line width (but never below its widest phrase, which could
      // only break inside), so every headline wraps: a test machine without a Japanese font draws
      // kana narrower than a phone does, and a 360 px line would hold it whole.
      const widthOf = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect().width;
      };
      const texts: Node[] = [];
      const all = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = all.nextNode(); node; node = all.nextNode()) texts.push(node);
      const squeezed = Math.max(widthOf(el) * 0.6, ...texts.map(widthOf)) + 1;
      (el.closest('h1, h2, h3') as HTMLElement).style.maxWidth = `${squeezed}px`;
      const misplaced: string[] = [];
      let lines = 1;
      let top = Number.NaN;
      let boundary = true;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_ALL);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeName === 'WBR') boundary = true;
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && text[i]!.trim()) {
            if (!Number.isNaN(top) && rect.top > top + 4) {
              lines++;
              if (!boundary) misplaced.push(text.slice(Math.max(0, i - 3), i + 3));
            }
            top = Number.isNaN(top) ? rect.top : Math.max(top, rect.top);
          }
          boundary = !text[i]!.trim();
        }
      }
      return { text: el.textContent, lines, wbr: el.querySelectorAll('wbr').length, misplaced };
    }),
  );
}

test('Japanese titles and headings break only between phrases (BudouX), on the post and in lists', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto(`/ja/posts/${SEED_POST_SLUG}?view=side-by-side`);
  const title = page.locator('.post-header .title:lang(ja) .phrases');
  await expect(title).toHaveCSS('word-break', 'keep-all');
  const onPost = await phraseBreaks(
    page,
    '.post-header .title:lang(ja), .reading-body h2:lang(ja)',
  );
  expect(onPost.length).toBeGreaterThan(1);
  for (const heading of onPost) {
    expect(heading.wbr, heading.text!).toBeGreaterThan(1);
    expect(heading.misplaced, heading.text!).toEqual([]);
  }
  for (const heading of onPost) expect(heading.lines, heading.text!).toBeGreaterThan(1);
  // English headings have no <wbr> and no keep-all.
  await expect(page.locator('#reading h2:lang(en) wbr')).toHaveCount(0);

  // The demo's and the seed's cards (other tests add posts with made-up titles meanwhile).
  const known = [loadSeedJson().post.title.ja!, ...DEMO_POSTS.map((p) => p.titles.ja)];
  await page.goto('/ja');
  const cards = (await phraseBreaks(page, '.post-card h2 a:lang(ja)')).filter((c) =>
    known.includes(c.text!),
  );
  expect(cards.length).toBeGreaterThan(2);
  for (const card of cards) expect(card.misplaced, card.text!).toEqual([]);
  expect(cards.every((c) => c.wbr > 0)).toBe(true);
  for (const card of cards) expect(card.lines, card.text!).toBeGreaterThan(1);
});

/** The widest text block of a column, in ems of its own font size. */
function widestInEm(page: Page, selector: string) {
  return page
    .locator(selector)
    .evaluateAll((els) =>
      Math.max(
        0,
        ...els.map(
          (el) =>
            el.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(el).fontSize),
        ),
      ),
    );
}

// A Japanese character is 1em wide (plus 0.02em spacing), an English one about 0.5em: 40em holds
// about 39 Japanese characters, 36em about 70 English ones.
const MEASURE = { ja: [25, 40.01], en: [28, 36.01] } as const;

for (const view of ['side-by-side', 'single'] as const) {
  test(`measure at 1280 px, ${view}: about 40 characters a Japanese line, about 70 an English one`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const lang of ['ja', 'en'] as const) {
      await page.goto(`/ja/posts/${SEED_POST_SLUG}?view=${view}&lang=${lang}`);
      const widest = await widestInEm(page, `#reading .cell[lang="${lang}"] > .block-text`);
      expect(widest, `${view} ${lang}`).toBeGreaterThanOrEqual(MEASURE[lang][0]);
      expect(widest, `${view} ${lang}`).toBeLessThanOrEqual(MEASURE[lang][1]);
    }
  });
}
