import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { comments } from '@/db/schema';
import { expect, test } from './support/fixtures';
import {
  CommentForm,
  commentTestPost,
  freshIp,
  postAction,
  storedComments,
} from './support/comment-form';
import { unique } from './support/posts';

const valid = { name: 'Mallory', email: 'mallory@example.com', body: 'A plain comment.' };
const api = (slug: string) => `/api/posts/${slug}/comments`;

test.describe('never lost, never doubled', () => {
  test('10 concurrent API submits with one key store one row and all answer its id', async ({
    request,
    db,
  }) => {
    const post = commentTestPost(db);
    const idempotencyKey = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        request.post(api(post.slug), { data: { ...valid, idempotencyKey } }),
      ),
    );
    expect(responses.map((r) => r.status())).toEqual(Array(10).fill(201));
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(
      db.select().from(comments).where(eq(comments.idempotencyKey, idempotencyKey)).all(),
    ).toHaveLength(1);
  });

  test('a double-posted form (same key, at once) stores one comment', async ({
    browser,
    baseURL,
    request,
    db,
    clientIp,
  }) => {
    const post = commentTestPost(db);
    const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const form = new CommentForm(await noJs.newPage());
    await form.goto(post.slug);
    const hidden = await form.hiddenFields();
    const url = `/en/posts/${post.slug}`;
    const fields = { ...valid, idempotencyKey: hidden.idempotencyKey! };
    const responses = await Promise.all(
      [1, 2, 3].map(() => postAction(request, url, hidden, fields, clientIp)),
    );
    expect(responses.map((r) => r.status())).toEqual([200, 200, 200]);
    expect(storedComments(db, post.id)).toHaveLength(1);
    await noJs.close();
  });

  test('a key reused on another post or for other text is refused (409 in the API, a message in the form) and stores nothing', async ({
    browser,
    baseURL,
    request,
    db,
  }) => {
    const post = commentTestPost(db);
    const other = commentTestPost(db);
    const idempotencyKey = randomUUID();
    const first = await request.post(api(post.slug), { data: { ...valid, idempotencyKey } });
    expect(first.status()).toBe(201);
    const { id } = await first.json();
    const replay = await request.post(api(post.slug), { data: { ...valid, idempotencyKey } });
    expect([
      replay.status(),
      (await replay.json()).id,
      replay.headers()['idempotent-replayed'],
    ]).toEqual([201, id, 'true']);
    const conflict =
      'This idempotency key was already used for a different comment or post. Use a new key for a new comment.';
    for (const [slug, data] of [
      [other.slug, valid],
      [post.slug, { ...valid, body: 'Different text' }],
    ] as const) {
      const reused = await request.post(api(slug), { data: { ...data, idempotencyKey } });
      expect(reused.status()).toBe(409);
      expect(await reused.json()).toEqual({ error: conflict });
    }
    // The form (posted as without JavaScript) with that key: told so, its text kept, and a fresh key
    // in the re-rendered form lets the text go out as a comment of its own.
    const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const form = new CommentForm(await noJs.newPage());
    await form.goto(other.slug);
    const hidden = await form.hiddenFields();
    const url = `/en/posts/${other.slug}`;
    const refused = await postAction(request, url, hidden, {
      ...valid,
      body: 'My own text',
      idempotencyKey,
    });
    const html = await refused.text();
    expect(refused.status()).toBe(200);
    expect(html).toContain('This form was already sent with a different comment.');
    expect(html).toContain('My own text');
    expect(storedComments(db, other.id)).toEqual([]);
    const fresh = /<input[^>]*name="idempotencyKey"[^>]*>/
      .exec(html)?.[0]
      .match(/value="([^"]+)"/)?.[1];
    expect(fresh).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh).not.toBe(idempotencyKey);
    const sent = await postAction(request, url, hidden, {
      ...valid,
      body: 'My own text',
      idempotencyKey: fresh!,
    });
    expect(await sent.text()).toContain('Your comment is awaiting moderation.');
    expect(storedComments(db, other.id).map((c) => c.body)).toEqual(['My own text']);
    await noJs.close();
    expect(storedComments(db, post.id).map((c) => c.id)).toEqual([id]);
  });

  test('the sixth comment in ten minutes from one client gets 429 with Retry-After, in the API and the form', async ({
    page,
    request,
    db,
  }) => {
    const post = commentTestPost(db);
    for (let i = 1; i <= 5; i++)
      expect(
        (await request.post(api(post.slug), { data: { ...valid, body: `Comment ${i}` } })).status(),
      ).toBe(201);
    const limited = await request.post(api(post.slug), { data: { ...valid, body: 'Comment 6' } });
    expect(limited.status()).toBe(429);
    const retryAfter = Number(limited.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect((await limited.json()).error).toBe(
      'You have posted several comments in a short time. Please wait about 10 minutes and try again.',
    );
    const form = new CommentForm(page);
    await form.goto(post.slug);
    await form.send({ ...valid, body: 'Comment 7' });
    await expect(form.form.getByRole('alert')).toContainText('Please wait about 10 minutes');
    await expect(form.body).toHaveValue('Comment 7');
    expect(storedComments(db, post.id)).toHaveLength(5);
  });
});

test('a held comment and every email stay out of public pages, payloads, the API and feeds', async ({
  browser,
  baseURL,
  request,
  db,
}) => {
  test.slow();
  const post = commentTestPost(db);
  const secret = unique('held-secret');
  const email = `${unique('hidden')}@example.com`;
  const authorIp = freshIp();
  const authorContext = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': authorIp },
  });
  const author = new CommentForm(await authorContext.newPage());
  await author.goto(post.slug);
  await author.send({ name: 'Secret keeper', email, body: `Held text ${secret}` });
  // Pages are cached for everyone, so without JavaScript only the answer to the post shows it...
  await expect(author.notice).toBeVisible();
  await expect(author.held.filter({ hasText: secret })).toBeVisible();
  // ...and with JavaScript the author's own cookie brings it back after a reload (from /comments/mine).
  const withJs = await browser.newContext({
    baseURL,
    storageState: await authorContext.storageState(),
    extraHTTPHeaders: { 'x-forwarded-for': authorIp },
  });
  const reloaded = new CommentForm(await withJs.newPage());
  await reloaded.goto(post.slug);
  await expect(reloaded.held.filter({ hasText: secret })).toBeVisible();
  await withJs.close();
  const shown = await request.post(api(post.slug), {
    data: { name: 'Open', email, body: 'Shown once approved' },
  });
  db.update(comments)
    .set({ status: 'approved' })
    .where(eq(comments.id, (await shown.json()).id))
    .run();

  const urls = [
    `/en/posts/${post.slug}`,
    `/ja/posts/${post.slug}`,
    api(post.slug),
    '/en',
    '/ja',
    '/en/feed.xml',
    '/ja/feed.xml',
    '/en/comments/feed.xml',
    '/ja/comments/feed.xml',
    '/sitemap.xml',
  ];
  for (const url of urls) {
    for (const headers of [{}, { rsc: '1' }] as Array<Record<string, string>>) {
      const response = await request.get(url, {
        headers: { ...headers, 'x-forwarded-for': freshIp() },
      });
      expect(response.status(), url).toBeLessThan(500);
      const text = await response.text();
      expect(text, url).not.toContain(secret);
      expect(text, url).not.toContain(email);
    }
  }
  expect(await (await request.get(`/en/posts/${post.slug}`)).text()).toContain(
    'Shown once approved',
  );
  // Another reader, with JavaScript, never sees it either.
  const readerContext = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': freshIp() },
  });
  const reader = new CommentForm(await readerContext.newPage());
  await reader.goto(post.slug);
  await expect(reader.comment('Shown once approved')).toBeVisible();
  await expect(reader.page.getByText(secret)).toHaveCount(0);
  await readerContext.close();
  await authorContext.close();
});
