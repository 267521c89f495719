import { signInAs } from './support/auth';
import { builtActions, clientFor } from './support/authz';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { currentSettings, insertCategory, insertPost, unique } from './support/posts';
import { SiteListing } from './support/site-pages';
import {
  insertTag,
  setParent,
  storedTaxonomy,
  tagBySlug,
  TagsScreen,
  tagPost,
} from './support/taxonomy';

test('at 360 px, by keyboard, the owner files a post under two categories (one a child) and two tags; readers see them', async ({
  page,
  db,
  request,
}) => {
  const u = unique('tx');
  const parent = insertCategory(db, `${u}-parent`, { en: `Parent ${u}` });
  const child = insertCategory(db, `${u}-child`, { en: `Child ${u}` });
  setParent(db, child, parent);
  const other = insertCategory(db, `${u}-other`, { en: `Other ${u}` });
  insertTag(db, `${u}-matcha`, { en: `Matcha ${u}`, ja: `抹茶 ${u}` });
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, 'owner');
  const editor = new EditorPage(page);
  await editor.gotoNew();
  await editor.title('en').fill(`Tea notes ${u}`);
  await editor.title('ja').fill(`お茶の覚え書き ${u}`);
  // The blog's default original language is Japanese.
  await editor.cell(1, 'ja', 'original').fill('お茶を一杯。');
  const cats = page.getByRole('group', { name: 'Categories' });
  // The child sits below its parent, indented.
  const childBox = await cats.getByLabel(`Child ${u}`).boundingBox();
  const parentBox = await cats.getByLabel(`Parent ${u}`).boundingBox();
  expect(childBox!.x).toBeGreaterThan(parentBox!.x);
  await cats.getByLabel(`Child ${u}`).focus();
  await page.keyboard.press('Space');
  await cats.getByLabel(`Other ${u}`).focus();
  await page.keyboard.press('Space');
  const box = page.getByLabel('Add a tag');
  await box.focus();
  // The existing tag is offered as you type, and typing its Japanese name reuses it.
  await page.keyboard.type('抹茶');
  await expect(page.locator(`#tag-suggestions option[value="抹茶 ${u}"]`)).toHaveCount(1);
  await page.keyboard.type(` ${u}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(`Kettle ${u},Mistake ${u},`);
  const chips = page.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  await expect(chips).toHaveText([`抹茶 ${u}×`, `Kettle ${u}×`, `Mistake ${u}×`]);
  await page.getByRole('button', { name: `Remove tag Mistake ${u}` }).press('Enter');
  await expect(chips).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await editor.status('Published').check();
  const id = await editor.save();
  // Stored in tree order (the primary category first), the existing tag reused.
  expect(storedTaxonomy(db, id)).toEqual({
    categories: [child, other],
    tags: [`${u}-matcha`, `kettle-${u}`],
  });
  const slug = await editor.slug.inputValue();

  await page.goto(`/en/posts/${slug}`);
  const terms = page.locator('main .post-header dl');
  for (const name of [`Child ${u}`, `Other ${u}`, `Matcha ${u}`, `Kettle ${u}`])
    await expect(terms.getByRole('link', { name, exact: true })).toBeVisible();
  await terms.getByRole('link', { name: `Matcha ${u}` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/tags/${u}-matcha$`));
  await expect(new SiteListing(page).titles).toHaveText([`Tea notes ${u}`]);
  // The parent's page lists its child's posts, and the child's page leads back to the parent.
  await page.goto(`/en/categories/${u}-parent`);
  await expect(new SiteListing(page).titles).toHaveText([`Tea notes ${u}`]);
  await page.goto(`/en/categories/${u}-child`);
  await expect(
    page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('link', { name: `Parent ${u}` }),
  ).toBeVisible();

  for (const feed of [`/en/tags/kettle-${u}/feed.xml`, `/en/categories/${u}-parent/feed.xml`]) {
    const xml = await (await request.get(feed)).text();
    expect(xml, feed).toContain(`<title>Tea notes ${u}</title>`);
    for (const name of [`Child ${u}`, `Other ${u}`, `Matcha ${u}`, `Kettle ${u}`])
      expect(xml, feed).toContain(`<category>${name}</category>`);
  }
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`/en/tags/kettle-${u}`);
});

test('a tag page paginates like a category, 404 past the end and for an unknown tag', async ({
  page,
  db,
}) => {
  const { postsPerPage } = currentSettings(db);
  const u = unique('txp');
  const tag = insertTag(db, u, { en: `Paged ${u}` });
  for (let i = 0; i <= postsPerPage; i++)
    tagPost(db, insertPost(db, { slug: `${u}-${i}`, titles: { en: `${u} post ${i}` } }), tag);
  tagPost(db, insertPost(db, { slug: `${u}-draft`, status: 'draft', titles: { en: 'D' } }), tag);
  const listing = new SiteListing(page);
  await page.goto(`/en/tags/${u}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tag: Paged ${u}`);
  await expect(listing.titles).toHaveCount(postsPerPage);
  await listing.older.click();
  await expect(listing.titles).toHaveCount(1);
  await page.goto(`/en/tags/${u}?page=2`);
  await expect(listing.titles).toHaveCount(1);
  expect((await page.goto(`/en/tags/${u}/page/3`))?.status()).toBe(404);
  expect((await page.goto(`/en/tags/no-such-${u}`))?.status()).toBe(404);
  expect((await page.goto(`/en/tags/no-such-${u}/feed.xml`))?.status()).toBe(404);
});

test('the owner renames, merges and deletes tags; posts follow', async ({ page, db }) => {
  const u = unique('txm');
  const a = insertTag(db, `${u}-a`, { en: `A ${u}` });
  const b = insertTag(db, `${u}-b`, { en: `B ${u}` });
  const both = insertPost(db, { slug: `${u}-both`, titles: { en: 'Both' } });
  const onlyA = insertPost(db, { slug: `${u}-only`, titles: { en: 'Only A' } });
  tagPost(db, both, a);
  tagPost(db, both, b);
  tagPost(db, onlyA, a);
  await signInAs(page, 'owner');
  const screen = new TagsScreen(page);
  await screen.goto();
  const tagA = screen.tag(`${u}-a`);
  await expect(tagA.getByText('2 posts')).toBeVisible();
  await tagA.getByLabel('Slug').fill(`${u}-b`);
  await tagA.getByRole('button', { name: 'Save' }).click();
  await expect(tagA.getByText('Another tag already uses this slug.')).toBeVisible();
  await tagA.getByLabel('Slug').fill(`${u}-renamed`);
  await tagA.getByLabel('Name in Japanese').fill(`改名 ${u}`);
  await tagA.getByRole('button', { name: 'Save' }).click();
  // The group is named by the slug, so it now goes by the new one.
  await expect(screen.tag(`${u}-renamed`).getByRole('status')).toHaveText('Saved.');
  expect(tagBySlug(db, `${u}-renamed`)?.names).toEqual({ en: `A ${u}`, ja: `改名 ${u}` });
  await page.goto(`/ja/tags/${u}-renamed`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`改名 ${u}`);

  await screen.goto();
  const renamed = screen.tag(`${u}-renamed`);
  await renamed.getByLabel('Merge into').selectOption({ label: `B ${u}` });
  screen.acceptNextDialog();
  await renamed.getByRole('button', { name: 'Merge' }).click();
  await expect(renamed).toHaveCount(0);
  expect(storedTaxonomy(db, both).tags).toEqual([`${u}-b`]);
  expect(storedTaxonomy(db, onlyA).tags).toEqual([`${u}-b`]);
  await expect(screen.tag(`${u}-b`).getByText('2 posts')).toBeVisible();

  screen.acceptNextDialog();
  await screen.tag(`${u}-b`).getByRole('button', { name: 'Delete' }).click();
  await expect(screen.tag(`${u}-b`)).toHaveCount(0);
  expect(tagBySlug(db, `${u}-b`)).toBeNull();
  expect(storedTaxonomy(db, both).tags).toEqual([]);
  expect((await page.goto(`/en/tags/${u}-b`))?.status()).toBe(404);
});

test('moderators and anonymous callers cannot rename, merge or delete tags', async ({
  db,
  baseURL,
}) => {
  const u = unique('txh');
  const a = insertTag(db, `${u}-a`, { en: `A ${u}` });
  const b = insertTag(db, `${u}-b`, { en: `B ${u}` });
  const action = (name: string) => builtActions().find((x) => x.exportedName === name)!.id;
  const calls: Array<[string, unknown]> = [
    ['renameTagAction', { id: a, slug: `${u}-hijacked`, names: { en: 'Hijacked' } }],
    ['mergeTagAction', { id: a, into: b }],
    ['deleteTagAction', { id: b }],
  ];
  for (const who of ['anonymous', 'moderator'] as const) {
    const client = await clientFor(who, baseURL!);
    for (const [name, args] of calls) {
      const response = await client.post('/en/admin/tags', {
        headers: { 'next-action': action(name), 'content-type': 'text/plain;charset=UTF-8' },
        data: JSON.stringify([null, args]),
        maxRedirects: 0,
      });
      expect([401, 403], `${who} ${name}`).toContain(response.status());
    }
    expect((await client.get('/en/admin/tags', { maxRedirects: 0 })).status()).not.toBe(200);
    await client.dispose();
  }
  expect(tagBySlug(db, `${u}-a`)?.names).toEqual({ en: `A ${u}` });
  expect(tagBySlug(db, `${u}-b`)).not.toBeNull();
});

test('a term named only in Japanese shows on /en in Japanese, marked as such', async ({
  page,
  db,
}) => {
  const u = unique('txl');
  const slug = `${u}-post`;
  const tag = insertTag(db, u, { ja: `紅葉 ${u}` });
  tagPost(db, insertPost(db, { slug, titles: { en: `Leaves ${u}` } }), tag);
  await page.goto(`/en/posts/${slug}`);
  const name = page.getByRole('link', { name: `紅葉 ${u}` }).locator('span[lang="ja"]');
  await expect(name).toHaveText(`紅葉 ${u}`);
  // On /ja the same name is the page's language: nothing to mark.
  await page.goto(`/ja/posts/${slug}`);
  await expect(page.getByRole('link', { name: `紅葉 ${u}` }).locator('span[lang]')).toHaveCount(0);
});
