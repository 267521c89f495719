import type { Page, Request } from '@playwright/test';
import { signInAs } from './support/auth';
import { EditorPage } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { unique } from './support/posts';
import { SEED_POST_SLUG } from './support/seed-fixture';

const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const PLAYER = /^https:\/\/www\.youtube-nocookie\.com\//;
const THIRD_PARTY = /youtube|ytimg|googlevideo|doubleclick/;
const VIEWS = ['side-by-side', 'single', 'interleaved'];

// Each test writes a whole post through the editor: longer than one page's default.
test.describe.configure({ timeout: 120_000 });

/** Adds row n below row n-1 and makes it `kind`. */
async function addRow(editor: EditorPage, n: number, kind: string) {
  await editor.tool(n - 1, 'Insert block below').click();
  await editor.row(n).getByLabel(`Kind of block ${n}`).selectOption(kind);
}

async function upload(row: ReturnType<EditorPage['row']>, label: string, file: string) {
  await row.getByLabel(label).setInputFiles(file);
}

/** The owner writes a post with every kind of media, a cover and an excerpt break. */
async function writeMediaPost(page: Page, slug: string) {
  await signInAs(page, 'owner');
  const editor = new EditorPage(page);
  await editor.gotoNew();
  await editor.originalLanguage.selectOption('en');
  await editor.title('en').fill(`Media ${slug}`);
  await editor.title('ja').fill(`メディア ${slug}`);
  await editor.slug.fill(slug);
  await editor.status('Published').check();
  await editor.cell(1, 'en', 'original').fill('Intro text before the break.');
  await editor.cell(1, 'ja', 'translation').fill('区切り前の紹介文。');
  await addRow(editor, 2, 'more');
  await expect(editor.row(2).getByText(/Listings and feeds show/)).toBeVisible();

  await addRow(editor, 3, 'image');
  await upload(editor.row(3), 'Upload an image', 'e2e/fixtures/photo.png');
  const imageSrc = editor.row(3).getByLabel('Image address');
  await expect(imageSrc).toHaveValue(/^\/media\/[a-f0-9]+\.png$/);
  await page.getByLabel('Block 3, caption and alt text (English)').fill('A blue photo');
  await page.getByLabel('Block 3, caption and alt text (Japanese)').fill('青い写真');
  await editor.row(3).getByLabel('Link (optional)').fill('https://example.com/photo');

  await addRow(editor, 4, 'gallery');
  const photo = await imageSrc.inputValue();
  await editor.row(4).getByLabel('Image addresses, one a line').fill(`${photo}\n${photo}`);
  await page.getByLabel('Block 4, caption (English)').fill('Two photos');

  await addRow(editor, 5, 'embed');
  await editor.row(5).getByLabel('Address of the page or video').fill(VIDEO);
  await page.getByLabel('Block 5, title (English)').fill('A talk on video');
  await page.getByLabel('Block 5, title (Japanese)').fill('動画の講演');

  await addRow(editor, 6, 'audio');
  await upload(editor.row(6), 'Upload a file', 'e2e/fixtures/tone.wav');
  await expect(editor.row(6).getByLabel('Audio or video file address')).toHaveValue(/\.wav$/);
  await page.getByLabel('Block 6, caption (English)').fill('A short tone');

  await upload(
    page.getByRole('group', { name: 'Cover image' }),
    'Upload a cover image',
    'e2e/fixtures/cover.png',
  );
  await expect(page.getByLabel('Cover image address (optional)')).toHaveValue(/^\/media\//);
  await editor.save();
}

test('owner adds captioned image, gallery, YouTube embed, audio and cover; readers see them without JavaScript, and the player loads only on click', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const slug = unique('media');
  await writeMediaPost(page, slug);

  // Without JavaScript, in every view: the media is there and nothing is asked of YouTube.
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const reader = await context.newPage();
  const requests: string[] = [];
  reader.on('request', (r: Request) => requests.push(r.url()));
  for (const view of VIEWS) {
    await reader.goto(`/en/posts/${slug}?view=${view}&lang=ja`);
    const article = reader.locator('#reading');
    // A media block is shown once in every view (with the original's alt text where both
    // languages are on the page), and the Japanese caption is always there.
    const photo = /^(青い写真|A blue photo)$/;
    await expect(article.getByRole('img', { name: photo })).toHaveCount(1);
    await expect(article.getByRole('img', { name: photo })).toBeVisible();
    await expect(article.getByText('青い写真', { exact: true })).toBeVisible();
    await expect(article.getByRole('link', { name: photo })).toHaveAttribute(
      'href',
      'https://example.com/photo',
    );
    await expect(
      article.getByRole('img', { name: /画像 1\/2|Image 1 of 2/ }).first(),
    ).toBeVisible();
    await expect(article.getByRole('link', { name: /動画の講演|A talk on video/ })).toHaveAttribute(
      'href',
      VIDEO,
    );
    await expect(article.locator('audio[controls]:visible').first()).toBeVisible();
    await expect(article.getByText('区切り前の紹介文。')).toBeVisible();
    await expect(article.locator('iframe')).toHaveCount(0);
    // No button that would do nothing without JavaScript.
    await expect(article.getByRole('button', { name: /再生|Play/ })).toHaveCount(0);
    await expect(reader.locator('.post-header img.cover')).toBeVisible();
  }
  expect(requests.filter((url) => THIRD_PARTY.test(url))).toEqual([]);
  await context.close();

  // With JavaScript: the card's button creates the player; only then is youtube-nocookie asked.
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  await page.route(PLAYER, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }),
  );
  await page.goto(`/en/posts/${slug}?view=single&lang=en`);
  const play = page.getByRole('button', {
    name: 'Play here (loads the player from www.youtube-nocookie.com)',
  });
  await expect(play).toBeVisible();
  expect(seen.filter((url) => THIRD_PARTY.test(url))).toEqual([]);
  await play.click();
  const frame = page.locator('iframe[title="A talk on video"]');
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  await expect.poll(() => seen.filter((url) => PLAYER.test(url)).length).toBeGreaterThan(0);
  expect(seen.filter((url) => THIRD_PARTY.test(url) && !PLAYER.test(url))).toEqual([]);

  // The page allows exactly that one frame origin; a page without an embed allows none.
  const policy = (await request.get(`/en/posts/${slug}`)).headers()['content-security-policy'];
  expect(policy).toMatch(/(^|; )frame-src https:\/\/www\.youtube-nocookie\.com(;|$)/);
  const plain = (await request.get(`/en/posts/${SEED_POST_SLUG}`)).headers()[
    'content-security-policy'
  ];
  expect(plain).toContain("script-src 'self'");
  expect(plain).not.toContain('frame-src');
  expect(plain).not.toContain('youtube');

  // Listings: the cover on the card and the text above the break as the excerpt, per language.
  for (const [locale, excerpt] of [
    ['en', 'Intro text before the break.'],
    ['ja', '区切り前の紹介文。'],
  ] as const) {
    await page.goto(`/${locale}`);
    const card = page
      .locator('article')
      .filter({ has: page.getByRole('link', { name: new RegExp(slug) }) });
    await expect(card.locator('img.cover')).toHaveAttribute('src', /^\/media\/[a-f0-9]+\.png$/);
    await expect(card.getByText(excerpt)).toBeVisible();
  }

  // The feed: the cover as Media RSS, the break's excerpt as the description, the media in the body.
  const feed = await (await request.get('/en/feed.xml')).text();
  const item = feed.slice(feed.indexOf(`/en/posts/${slug}</link>`));
  expect(item.slice(0, item.indexOf('</item>'))).toMatch(
    /<media:content url="http[^"]+\/media\/[a-f0-9]+\.png" medium="image"\/>/,
  );
  expect(item).toContain('<description>Intro text before the break.</description>');

  // The share card is drawn (with the uploaded cover beside the title).
  await page.goto(`/en/posts/${slug}`);
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  const card = await request.get(og!);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
});

test('a bad embed, gallery or link address is refused with a clear message and kept as typed', async ({
  page,
}) => {
  await signInAs(page, 'owner');
  const editor = new EditorPage(page);
  await editor.gotoNew();
  await editor.originalLanguage.selectOption('en');
  await editor.title('en').fill('Bad media');
  await editor.title('ja').fill('悪いメディア');
  await editor.cell(1, 'en', 'original').fill('Text.');
  await addRow(editor, 2, 'embed');
  await editor.row(2).getByLabel('Address of the page or video').fill('javascript:alert(1)');
  await addRow(editor, 3, 'gallery');
  await editor.row(3).getByLabel('Image addresses, one a line').fill('/media/x.png\nnot a url');
  await addRow(editor, 4, 'image');
  await editor.row(4).getByLabel('Image address').fill('https://example.com/a.png');
  await editor.row(4).getByLabel('Link (optional)').fill('//evil.example/');
  await editor.saveButton.click();
  await expect(
    editor.row(2).getByText('Give the http(s) address of a page or video.'),
  ).toBeVisible();
  await expect(editor.row(3).getByText(/Give 1 to 24 image addresses/)).toBeVisible();
  await expect(
    editor.row(4).getByText('Give an http(s) address or a path on this site.'),
  ).toBeVisible();
  await expect(editor.row(2).getByLabel('Address of the page or video')).toHaveValue(
    'javascript:alert(1)',
  );
  expect(page.url()).toMatch(/\/admin\/posts\/new$/);
});
