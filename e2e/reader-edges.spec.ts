import sharp from 'sharp';
import { addApproved, CommentForm, commentTestPost, storedComments } from './support/comment-form';
import { expect, test } from './support/fixtures';
import { insertCategory, insertPost, unique } from './support/posts';

test('pages past the end answer 404: home, category and archive, as ?page= and as paths', async ({
  request,
  db,
}) => {
  const category = unique('edge');
  const categoryId = insertCategory(db, category, { en: 'Edge', ja: '端' });
  insertPost(db, { slug: unique('edge-post'), categoryId, titles: { en: 'Edge post' } });
  for (const url of [
    '/en?page=99',
    '/ja/page/99',
    `/en/categories/${category}?page=99`,
    `/ja/categories/${category}/page/99`,
    '/en/archives/2002/01?page=99',
  ])
    expect((await request.get(url)).status(), url).toBe(404);
  expect((await request.get(`/en/categories/${category}`)).status()).toBe(200);
});

test('the favicon and every icon the pages name answer 200 with an image', async ({
  page,
  request,
}) => {
  await page.goto('/ja');
  const named = await page
    .locator('link[rel~="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(named).toEqual(expect.arrayContaining(['/favicon.ico', '/icon.svg']));
  for (const path of new Set(['/favicon.ico', ...named])) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^image\//);
  }
});

test('after a reply is posted the form leaves reply mode', async ({ page, db }) => {
  const post = commentTestPost(db);
  const parent = addApproved(db, post.id, 'Answer me');
  const form = new CommentForm(page);
  await form.goto(post.slug);
  await form.comment('Answer me').getByRole('link', { name: 'Reply to Reader' }).click();
  await expect(form.form).toContainText('Replying to Reader');
  await form.send({ name: 'Replier', email: 'replier@example.org', body: 'Here is my reply.' });
  await expect(form.notice).toBeVisible();
  await expect(form.form).not.toContainText('Replying to');
  await expect(form.form.locator('input[name="parentId"]')).toHaveValue('');
  expect(storedComments(db, post.id).at(-1)).toMatchObject({ parentId: parent.id });
  // The next comment goes to the top level.
  await form.send({ body: 'A new thought.' });
  await expect(form.notice).toBeVisible();
  await expect.poll(() => storedComments(db, post.id).at(-1)?.parentId).toBeNull();
});

test('without JavaScript too, the answer to a posted reply is out of reply mode', async ({
  browser,
  baseURL,
  db,
}) => {
  const post = commentTestPost(db);
  const parent = addApproved(db, post.id, 'Answer me without scripts');
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const form = new CommentForm(await context.newPage());
  await form.page.goto(`/en/posts/${post.slug}?replyto=${parent.id}#respond`);
  await expect(form.form).toContainText('Replying to Reader');
  await form.send({
    name: 'Plain',
    email: 'plain@example.org',
    body: 'A reply from a plain form.',
  });
  await expect(form.notice).toBeVisible();
  await expect(form.form).not.toContainText('Replying to');
  await expect(form.form.locator('input[name="parentId"]')).toHaveValue('');
  expect(storedComments(db, post.id).at(-1)).toMatchObject({ parentId: parent.id });
  await context.close();
});

test('the v/t shortcut hint shows with a mouse, not on a touch screen', async ({
  page,
  browser,
  baseURL,
  db,
}) => {
  const post = commentTestPost(db);
  await page.goto(`/en/posts/${post.slug}`);
  await expect(page.locator('.shortcut-hint')).toBeVisible();
  const touch = await browser.newContext({ baseURL, hasTouch: true, isMobile: true });
  const phone = await touch.newPage();
  await phone.goto(`/en/posts/${post.slug}`);
  await expect(phone.locator('.reading-controls')).toBeVisible();
  await expect(phone.locator('.shortcut-hint')).toBeHidden();
  await touch.close();
});

test('the sticky view bar does not cover the comments while scrolling through them', async ({
  page,
  db,
}) => {
  const post = commentTestPost(db);
  for (let i = 1; i <= 8; i++)
    addApproved(db, post.id, `Comment number ${i}\n\n${'Text. '.repeat(60)}`);
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`/en/posts/${post.slug}`);
  const bar = page.locator('.reading-controls');
  await expect(bar).toBeVisible();
  for (const offset of [0, 300, 900]) {
    await page.evaluate((by) => {
      const top = document.getElementById('comments')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top + by);
    }, offset);
    const box = await bar.boundingBox();
    const cards = await page
      .locator('#comments .comment-card')
      .evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
      );
    for (const card of cards) {
      const overlaps = box && card.top < box.y + box.height && card.bottom > box.y;
      expect(overlaps, `offset ${offset}`).toBeFalsy();
    }
  }
});

/** Dark pixels of a PNG's title band (where the card draws the post's title). */
async function titleBand(png: Buffer) {
  const { data, info } = await sharp(png)
    .extract({ left: 0, top: 200, width: 1200, height: 220 })
    .flatten({ background: '#ffffff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let right = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! < 100) right = Math.max(right, i % info.width);
  return { data, right };
}

test('the share card of a Japanese-titled post draws Japanese glyphs, with the font the app ships', async ({
  page,
  request,
  db,
}) => {
  const cards: Buffer[] = [];
  for (const title of ['東京の図書館が夜も開く', '雪の市場が今年も戻る']) {
    const slug = unique('og');
    insertPost(db, { slug, originalLanguage: 'ja', titles: { ja: title } });
    await page.goto(`/ja/posts/${slug}`);
    const url = await page.locator('meta[property="og:image"]').getAttribute('content');
    const response = await request.get(new URL(url!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    cards.push(await response.body());
  }
  const [a, b] = await Promise.all(cards.map(titleBand));
  // Ten 64 px glyphs reach past 600 px; without the font the title is left out and the short
  // slug drawn instead, and boxes (tofu) for missing glyphs would make both bands the same.
  expect(a!.right).toBeGreaterThan(600);
  expect(b!.right).toBeGreaterThan(600);
  const differing = a!.data.filter((v, i) => Math.abs(v - b!.data[i]!) > 64).length;
  expect(differing).toBeGreaterThan(5000);
});
