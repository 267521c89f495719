import { expect, test } from './support/fixtures';
import { insertPost, unique } from './support/posts';
import { SEED_POST_SLUG } from './support/seed-fixture';
import { parseXml, SiteListing } from './support/site-pages';

const DAY = 86_400_000;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/** Random kanji: words no other post (or test) can contain. */
const kanji = (n: number) =>
  Array.from({ length: n }, () =>
    String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 0x5000)),
  ).join('');

test.describe('search', () => {
  test('Japanese words of 2 and 4 characters and an English word find their posts, never a draft or a scheduled post', async ({
    db,
    page,
  }) => {
    const [two, four, english] = [kanji(2), kanji(4), unique('zephyrine')];
    insertPost(db, {
      slug: unique('search-short'),
      originalLanguage: 'ja',
      titles: { ja: '短い語の記事' },
      blocks: [{ texts: { ja: `今日は${two}を食べた。` } }],
    });
    insertPost(db, {
      slug: unique('search-long'),
      originalLanguage: 'ja',
      titles: { ja: `${four}の記録`, en: `Notes on ${english}` },
      blocks: [{ texts: { ja: '本文です。', en: `We tried ${english} today.` } }],
    });
    const hidden = {
      titles: { ja: `${two}${four}`, en: english },
      blocks: [{ texts: { ja: `${two} ${four}`, en: english } }],
    };
    insertPost(db, { slug: unique('search-draft'), status: 'draft', ...hidden });
    insertPost(db, {
      slug: unique('search-scheduled'),
      publishedAt: new Date(Date.now() + DAY),
      ...hidden,
    });

    const listing = new SiteListing(page);
    await page.goto('/ja');
    await listing.searchFromHeader(two);
    await expect(page).toHaveURL(new RegExp(`/ja/search\\?q=${encodeURIComponent(two)}`));
    expect(await listing.titleTexts()).toEqual(['短い語の記事']);
    await expect(listing.marks).toHaveText([two]);
    await expect(page.locator('main .snippet-text')).toHaveAttribute('lang', 'ja');

    await page.goto(`/en/search?q=${encodeURIComponent(four)}`);
    expect(await listing.titleTexts()).toEqual([`Notes on ${english}`]);
    await expect(listing.marks).toHaveText([four]);
    await expect(page.getByText(/Found in the Japanese title/)).toBeVisible();

    await page.goto(`/ja/search?q=${encodeURIComponent(english.toUpperCase())}`);
    expect(await listing.titleTexts()).toEqual([`${four}の記録`]);
    await expect(page.locator('main .snippet-text')).toHaveAttribute('lang', 'en');
    await expect(listing.marks).toHaveText([english]);
  });

  test('query syntax, markup and overlong input never break the page', async ({ page }) => {
    for (const q of [
      '"',
      'NEAR(a b',
      'text:*',
      '<script>alert(1)</script>',
      '%_\\',
      "' OR 1=1 --",
    ]) {
      const response = await page.goto(`/en/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole('status')).toContainText(q); // searched as plain text
      await expect(page.getByLabel('Words to find')).toHaveValue(q);
    }
    await page.goto(`/en/search?q=${'x'.repeat(101)}`);
    await expect(page.getByText('Please use at most 100 characters.')).toBeVisible();
    await expect(page.getByLabel('Words to find')).toHaveValue('x'.repeat(101));
  });
});

test.describe('feeds, sitemap and robots', () => {
  test('are well-formed XML with published posts only and no email address', async ({
    baseURL,
    db,
    page,
    request,
  }) => {
    const published = unique('feed-published');
    const draft = unique('feed-draft');
    const scheduled = unique('feed-scheduled');
    // Older than the demo posts (the home page stays as other tests expect), yet among the newest 20.
    insertPost(db, {
      slug: published,
      publishedAt: new Date(Date.now() - 30 * DAY),
      titles: { en: 'Feed test post' },
      blocks: [{ texts: { en: 'Only in English.' } }],
    });
    insertPost(db, { slug: draft, status: 'draft', titles: { en: 'Feed draft' } });
    insertPost(db, {
      slug: scheduled,
      publishedAt: new Date(Date.now() + DAY),
      titles: { en: 'Feed scheduled' },
    });

    for (const locale of ['ja', 'en']) {
      const response = await request.get(`/${locale}/feed.xml`);
      expect(response.headers()['content-type']).toContain('application/rss+xml');
      const text = await response.text();
      const feed = await parseXml(page, text);
      expect(feed.error, `${locale} feed`).toBeNull();
      expect(feed.root).toBe('rss');
      expect(feed.links.some((l) => l.endsWith(`/${locale}/posts/${published}`))).toBe(true);
      expect(feed.links.some((l) => l.endsWith(`/${locale}/posts/${SEED_POST_SLUG}`))).toBe(true);
      expect(text).not.toContain(draft);
      expect(text).not.toContain(scheduled);
      expect(text).not.toContain('draft-autumn-notes');
      expect(text).not.toMatch(EMAIL);
    }
    // The Japanese feed shows the English-only post's text, marked as English.
    expect(await (await request.get('/ja/feed.xml')).text()).toContain(
      '&lt;div lang=&quot;en&quot; xml:lang=&quot;en&quot;&gt;&lt;p&gt;Only in English.',
    );

    // A comment of this test's own: other tests approve many, and the feed holds only the newest 30.
    const commenter = unique('feed-commenter');
    const postId = db.$client
      .prepare('select id from posts where slug = ?')
      .pluck()
      .get(SEED_POST_SLUG);
    db.$client
      .prepare(
        "insert into comments (post_id, author_name, author_email, body, language, status) values (?, ?, 'feed@example.com', 'Approved for the feed.', 'en', 'approved')",
      )
      .run(postId, commenter);
    const comments = await request.get('/en/comments/feed.xml');
    const commentsText = await comments.text();
    expect((await parseXml(page, commentsText)).error).toBeNull();
    expect(commentsText).toContain(commenter);
    expect(commentsText).not.toContain('Night owl'); // pending
    expect(commentsText).not.toContain('cheap pills'); // spam
    expect(commentsText).not.toMatch(EMAIL);

    const sitemapText = await (await request.get('/sitemap.xml')).text();
    const sitemap = await parseXml(page, sitemapText);
    expect(sitemap.error).toBeNull();
    expect(
      sitemap.locs
        .filter((l) => l.endsWith(`/posts/${published}`))
        .map((l) => new URL(l).pathname)
        .sort(),
    ).toEqual([`/en/posts/${published}`, `/ja/posts/${published}`]);
    expect(
      sitemap.alternates
        .filter((a) => a.href?.endsWith(`/posts/${published}`))
        .map((a) => a.hreflang)
        .sort(),
    ).toEqual(['en', 'en', 'ja', 'ja']);
    for (const hidden of [draft, scheduled, 'draft-autumn-notes', 'scheduled-winter-market'])
      expect(sitemapText).not.toContain(hidden);

    // Absolute URLs are built from SITE_URL (the e2e server's own address).
    expect(await (await request.get('/robots.txt')).text()).toContain(
      `Sitemap: ${baseURL}/sitemap.xml`,
    );
    expect(sitemap.locs.every((l) => l.startsWith(`${baseURL}/`))).toBe(true);
  });

  test('pages announce both feeds in <head>', async ({ page }) => {
    await page.goto('/en/archives');
    const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(feeds).toHaveCount(2);
    expect(
      await feeds.evaluateAll((links) =>
        links.map((l) => new URL((l as HTMLLinkElement).href).pathname),
      ),
    ).toEqual(['/en/feed.xml', '/en/comments/feed.xml']);
  });

  test('a post has a generated share card with its title in both languages', async ({
    page,
    request,
  }) => {
    await page.goto(`/ja/posts/${SEED_POST_SLUG}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
      'content',
      'タイトルカード: ロシアと米国がアンカラで秘密会談',
    );
    const card = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    expect((await card.body()).subarray(1, 4).toString()).toBe('PNG');
    const draftCard = new URL(image!).pathname.replace(SEED_POST_SLUG, 'draft-autumn-notes');
    expect((await request.get(draftCard)).status()).toBe(404);
  });
});
