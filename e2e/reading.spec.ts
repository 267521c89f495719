import { readFileSync } from 'node:fs';
import type Messages from '@/lib/i18n/messages/en.json';
import { expect, test } from './support/fixtures';
import { loadSeedJson, SEED_POST_SLUG } from './support/seed-fixture';

const seed = loadSeedJson().post;
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, 'utf8')) as typeof Messages;
const translatedCount = seed.blocks.filter((b) => b.ja).length;

test.describe('reading views of the seed post', () => {
  test('side by side: 19 rows, 6 translated, each pair aligned', async ({ postPage }) => {
    await postPage.goto(SEED_POST_SLUG, { query: 'view=side-by-side&lang=ja' });
    await expect(postPage.rows).toHaveCount(seed.blocks.length);
    await expect(postPage.page.locator('#reading .row.translated')).toHaveCount(translatedCount);
    await expect(
      postPage.page.locator('#reading .cell.missing').filter({ visible: true }),
    ).toHaveCount(seed.blocks.length - translatedCount);
    for (const row of await postPage.page.locator('#reading .row.translated').all()) {
      const [a, b] = [
        await row.locator('.cell.original').boundingBox(),
        await row.locator('.cell.translation').boundingBox(),
      ];
      expect(Math.abs(a!.y - b!.y)).toBeLessThanOrEqual(2);
      expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    }
    const texts = await postPage.page.locator('#reading .row .cell.original').allInnerTexts();
    expect(texts.map((t) => t.trim())).toEqual(seed.blocks.map((b) => b.en));
  });

  test('single view in Japanese: translations plus marked English fallbacks', async ({
    postPage,
  }) => {
    await postPage.goto(SEED_POST_SLUG, { query: 'view=single&lang=ja' });
    await expect(postPage.visibleCells('ja')).toHaveCount(translatedCount);
    const fallbacks = postPage.visibleCells('en');
    await expect(fallbacks).toHaveCount(seed.blocks.length - translatedCount);
    for (const cell of await fallbacks.all())
      await expect(cell.locator('.fallback-note')).toBeVisible();
    await expect(
      postPage.page.locator('#reading .row .cell.original [lang="en"]').filter({ visible: true }),
    ).toHaveCount(13);
  });

  test('interleaved: 25 blocks in reading order', async ({ postPage }) => {
    await postPage.goto(SEED_POST_SLUG, { query: 'view=interleaved&lang=ja' });
    const cells = postPage.visibleCells();
    await expect(cells).toHaveCount(seed.blocks.length + translatedCount);
    const expected = seed.blocks.flatMap((b) => (b.ja ? [b.en, b.ja] : [b.en]));
    expect(await postPage.visibleTexts()).toEqual(expected);
  });

  test('switching without reload keeps the same block in view and is remembered', async ({
    postPage,
    page,
  }) => {
    await postPage.goto(SEED_POST_SLUG, { query: 'view=side-by-side&lang=ja' });
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const row = page.locator('#b12');
    await row.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const before = (await row.boundingBox())!.y;
    await postPage.viewLink('日本語のみ').click();
    await expect(postPage.article).toHaveAttribute('data-view', 'single');
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    expect(Math.abs((await row.boundingBox())!.y - before)).toBeLessThanOrEqual(2);
    expect(page.url()).toContain('view=single');
    await page.keyboard.press('v');
    await expect(postPage.article).toHaveAttribute('data-view', 'interleaved');
    await page.keyboard.press('t');
    await expect(postPage.article).toHaveAttribute('data-view', 'single');
    await expect(postPage.article).toHaveAttribute('data-side', 'translation');
    await page.keyboard.press('t');
    await expect(postPage.article).toHaveAttribute('data-side', 'original');
    // The cookie makes the next server render use the last view; ?view= still wins.
    await postPage.goto(SEED_POST_SLUG);
    await expect(postPage.article).toHaveAttribute('data-view', 'single');
    await expect(postPage.article).toHaveAttribute('data-side', 'original');
    await postPage.goto(SEED_POST_SLUG, { query: 'view=interleaved' });
    await expect(postPage.article).toHaveAttribute('data-view', 'interleaved');
  });

  test('the header shows titles, meta line and coverage', async ({ postPage, page }) => {
    await postPage.goto(SEED_POST_SLUG, { locale: 'en', query: 'view=side-by-side&lang=ja' });
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toContainText(seed.title.en!);
    await expect(h1).toContainText(seed.title.ja!);
    await expect(page.locator('.post-header')).toContainText('6 of 19 blocks translated');
    await expect(page.locator('.post-header .post-meta')).toContainText(
      /posted by .*ZUKUNASHI.* \| Comment\(0\) \| World/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute(
      'href',
      new RegExp(`/ja/posts/${SEED_POST_SLUG}$`),
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`/en/posts/${SEED_POST_SLUG}$`),
    );
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    );
    expect(ld).toMatchObject({ '@type': 'BlogPosting', inLanguage: ['en', 'ja'] });
  });

  test('the page ships the comment form its messages, in its language only, and no admin strings', async ({
    request,
  }) => {
    for (const [locale, otherLocale] of [
      ['en', 'ja'],
      ['ja', 'en'],
    ] as const) {
      const [messages, other] = [catalogue(locale), catalogue(otherLocale)];
      const html = await (await request.get(`/${locale}/posts/${SEED_POST_SLUG}`)).text();
      // The comment form's own strings come in the page's language; no admin form's do.
      expect(html).toContain(messages.comments.honeypot);
      expect(html).toContain(messages.errors.nameRequired);
      expect(html).not.toContain(other.comments.honeypot);
      for (const admin of [
        messages.errors.lastOwner,
        messages.errors.postSlugTaken,
        messages.editor.pasteTitle,
        messages.admin.queue.keysHint,
      ])
        expect(html).not.toContain(admin);
    }
  });

  test('every view: no horizontal scroll at 360 px and no serious axe violations', async ({
    postPage,
    page,
    axe,
  }) => {
    test.slow(); // four views, each analysed by axe
    for (const query of [
      'view=side-by-side&lang=ja',
      'view=single&lang=ja',
      'view=single&lang=en',
      'view=interleaved&lang=ja',
    ]) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await postPage.goto(SEED_POST_SLUG, { query });
      expect(await axe(page), query).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, query).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the view control is made of links that work', async ({ postPage, page }) => {
    await postPage.goto(SEED_POST_SLUG, { query: 'view=side-by-side&lang=ja' });
    await postPage.viewLink('交互').click();
    await expect(page).toHaveURL(/view=interleaved/);
    await expect(postPage.visibleCells()).toHaveCount(25);
    await postPage.viewLink('英語のみ').click();
    await expect(postPage.article).toHaveAttribute('data-side', 'original');
    await expect(postPage.visibleCells('ja')).toHaveCount(0);
  });
});

test('a post in three languages pairs the original with the chosen translation', async ({
  postPage,
  page,
}) => {
  const { savePost } = await import('@/db/queries/post-editor');
  const slug = `three-languages-${Date.now()}`;
  savePost(
    {
      slug,
      status: 'published',
      publishedAt: new Date('2003-01-01T00:00:00Z'), // old, so it never tops the home page of parallel tests
      originalLanguage: 'en',
      categoryId: null,
      commentsOpen: true,
      translations: {
        en: { title: 'Three', excerpt: null },
        ja: { title: '三つ', excerpt: null },
        fr: { title: 'Trois', excerpt: null },
      },
      blocks: [
        { kind: 'paragraph', texts: { en: 'One.', ja: '一。', fr: 'Un.' } },
        { kind: 'paragraph', texts: { en: 'Two.', ja: null, fr: 'Deux.' } },
      ],
    },
    { actorId: 1 },
  );
  await postPage.goto(slug, { query: 'view=side-by-side&lang=fr' });
  await expect(page.locator('#reading .cell.translation[lang="fr"]')).toHaveCount(2);
  await expect(page.locator('#reading .cell.translation[lang="ja"]')).toHaveCount(0);
  await postPage.viewLink('日本語のみ').click();
  await expect(page).toHaveURL(/lang=ja/);
  await expect(postPage.visibleCells('ja')).toHaveCount(1);
  await expect(postPage.visibleCells('en')).toHaveCount(1);
});
