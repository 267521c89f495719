import { monthRange } from '@/lib/archive/months';
import { expect, test } from './support/fixtures';
import { currentSettings, insertCategory, insertPost, unique } from './support/posts';
import { SEED_POST_SLUG } from './support/seed-fixture';
import { SiteListing } from './support/site-pages';

const MINUTE = 60_000;
const DAY = 86_400_000;

test.describe('listings', () => {
  test('a category lists exactly its published posts, newest first, across pages', async ({
    db,
    page,
  }) => {
    const { postsPerPage } = currentSettings(db);
    const slug = unique('e2e-cat');
    const categoryId = insertCategory(db, slug, {
      en: `Category ${slug}`,
      ja: `カテゴリー ${slug}`,
    });
    const base = Date.UTC(2001, 0, 1, 12);
    const titles = Array.from({ length: postsPerPage + 2 }, (_, i) => {
      insertPost(db, {
        slug: unique(`cat-post-${i}`),
        categoryId,
        publishedAt: new Date(base + i * DAY),
        titles: { en: `${slug} post ${i}` },
      });
      return `${slug} post ${i}`;
    });
    insertPost(db, {
      slug: unique('cat-draft'),
      categoryId,
      status: 'draft',
      titles: { en: `${slug} draft` },
    });
    insertPost(db, {
      slug: unique('cat-scheduled'),
      categoryId,
      publishedAt: new Date(Date.now() + DAY),
      titles: { en: `${slug} scheduled` },
    });
    insertPost(db, {
      slug: unique('cat-other'),
      publishedAt: new Date(base),
      titles: { en: `${slug} elsewhere` },
    });
    const newestFirst = [...titles].reverse();

    const listing = new SiteListing(page);
    await page.goto(`/en/categories/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Category: Category ${slug}`);
    expect(await listing.titleTexts()).toEqual(newestFirst.slice(0, postsPerPage));
    await listing.older.click();
    await expect(page).toHaveURL(new RegExp(`/en/categories/${slug}\\?page=2$`));
    expect(await listing.titleTexts()).toEqual(newestFirst.slice(postsPerPage));
    await expect(listing.older).toHaveCount(0);
    expect((await page.goto(`/en/categories/${slug}?page=3`))?.status()).toBe(404);
    expect((await page.goto('/ja/categories/no-such-category'))?.status()).toBe(404);
  });

  test('monthly archives follow the blog time zone, and the index counts them', async ({
    db,
    page,
  }) => {
    test.setTimeout(240_000); // nine page loads, and the index's revalidation window twice
    const { timeZone } = currentSettings(db);
    const tag = unique('arch');
    const { start, end } = monthRange({ year: 1987, month: 3 }, timeZone);
    const at = (time: number, name: string) =>
      insertPost(db, {
        slug: unique(name),
        publishedAt: new Date(time),
        titles: { en: `${tag} ${name}`, ja: `${tag} ${name}` },
      });
    at(start.getTime() - MINUTE, 'february');
    at(start.getTime(), 'first-minute');
    at(end.getTime() - MINUTE, 'last-minute');
    at(end.getTime(), 'april');
    insertPost(db, {
      slug: unique('arch-draft'),
      status: 'draft',
      publishedAt: new Date(start.getTime() + DAY),
      titles: { en: `${tag} draft` },
    });

    const listing = new SiteListing(page);
    await page.goto('/en/archives/1987/03');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts from March 1987');
    expect(await listing.titleTexts()).toEqual([`${tag} last-minute`, `${tag} first-minute`]);
    await page.goto('/en/archives/1987/02');
    expect(await listing.titleTexts()).toEqual([`${tag} february`]);

    // The index is one URL every page's header links to (and prefetches): rows inserted straight
    // into the database, as here, show once its cached copy is revalidated (60 s). The app's own
    // writes expire it at once (cached-pages.spec.ts).
    const listed = async (url: string, name: string) => {
      const link = page.getByRole('link', { name });
      await expect(async () => {
        await page.goto(url);
        await expect(link).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 75_000 });
      return link;
    };
    await (await listed('/ja/archives', '1987年3月 (2)')).click();
    await expect(page).toHaveURL(/\/ja\/archives\/1987\/03$/);
    expect(await listing.titleTexts()).toEqual([`${tag} last-minute`, `${tag} first-minute`]);
    await listed('/en/archives', 'April 1987 (1)');
    // A month with no posts is a 404 too, like a page past the last one.
    for (const bad of ['1987/3', '1987/13', 'abcd/01', '1999/01'])
      expect((await page.goto(`/en/archives/${bad}`))?.status(), bad).toBe(404);
  });

  test('a 404 keeps the blog’s header, search and a way on', async ({ page }) => {
    expect((await page.goto('/ja/archives/1999/01'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    await expect(page.getByRole('search')).toBeVisible();
    expect((await page.goto('/en/no/such/page'))?.status()).toBe(404);
    await page.getByRole('link', { name: 'Browse the archives' }).click();
    await expect(page).toHaveURL(/\/en\/archives$/);
    await page.goto('/en/no/such/page');
    await page.getByRole('search').getByRole('searchbox').fill('Ankara');
    await page.getByRole('search').getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=Ankara/);
  });
});

test.describe('UI language', () => {
  test('switching language on a post page keeps the post and the reading view', async ({
    page,
    postPage,
  }) => {
    await postPage.goto(SEED_POST_SLUG, { locale: 'ja', query: 'view=interleaved' });
    await page
      .getByRole('navigation', { name: '表示言語' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/en/posts/${SEED_POST_SLUG}\\?view=interleaved$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(postPage.article).toHaveAttribute('data-view', 'interleaved');

    // A view chosen on the page (no reload) is kept too.
    await postPage.viewLink('Side by side').click();
    await expect(postPage.article).toHaveAttribute('data-view', 'side-by-side');
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: '日本語' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/ja/posts/${SEED_POST_SLUG}\\?view=side-by-side`));
    await expect(postPage.article).toHaveAttribute('data-view', 'side-by-side');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});

test('home, category, archive, search and 404 pages: no serious axe violations and no sideways scroll at 360 px', async ({
  page,
  axe,
}) => {
  // axe over ten listing pages that grow with every post the suite writes (covers, tags): on a
  // busy run one page's analysis alone took over a minute.
  test.setTimeout(240_000);
  const listing = new SiteListing(page);
  for (const locale of ['ja', 'en']) {
    const paths = [
      '',
      '/categories/world',
      '/archives',
      '/archives/' + new Date().toISOString().slice(0, 7).replace('-', '/'),
      '/search?q=' + encodeURIComponent('図書館'),
      '/search?q=of',
      '/no-such-page',
    ];
    for (const path of paths) {
      const where = `/${locale}${path}`;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(where);
      expect(await axe(page), where).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await listing.horizontalOverflow(), where).toBeLessThanOrEqual(0);
    }
  }
});
