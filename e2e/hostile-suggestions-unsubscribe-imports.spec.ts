import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { eq } from 'drizzle-orm';
import { comments } from '@/db/schema';
import { signInAs } from './support/auth';
import { commentTestPost, freshIp } from './support/comment-form';
import { expect, test } from './support/fixtures';
import { storedSuggestions, SuggestionQueue, suggestionTestPost } from './support/suggestions';
import { unique } from './support/posts';

// The outside attack on this round's features (suggestions, unsubscribe, imports): hostile
// requests made directly, as a script would, each checked for what it must not do.
const api = (slug: string) => `/api/posts/${slug}/suggestions`;
const EMAIL = 'attacker.suggests@example.com';
const suggestion = (blockId: number, extra: Record<string, unknown> = {}) => ({
  blockId,
  language: 'ja',
  text: `攻撃の訳 ${randomUUID()}`,
  name: 'Attacker',
  email: EMAIL,
  ...extra,
});

test('30 identical suggestions at once store one; 30 different ones from one client hit the limit', async ({
  request,
  db,
}) => {
  const post = suggestionTestPost(db);
  const same = suggestion(post.blockIds[0]!, { idempotencyKey: randomUUID() });
  const ip = freshIp();
  const burst = await Promise.all(
    Array.from({ length: 30 }, () =>
      request.post(api(post.slug), { data: same, headers: { 'x-forwarded-for': ip } }),
    ),
  );
  expect(burst.map((r) => r.status())).toEqual(Array(30).fill(201));
  expect(new Set(await Promise.all(burst.map(async (r) => (await r.json()).id))).size).toBe(1);
  expect(storedSuggestions(db, post.id)).toHaveLength(1);

  const other = freshIp();
  const flood = await Promise.all(
    Array.from({ length: 30 }, () =>
      request.post(api(post.slug), {
        data: suggestion(post.blockIds[0]!),
        headers: { 'x-forwarded-for': other },
      }),
    ),
  );
  const statuses = flood.map((r) => r.status());
  expect(
    statuses.every((s) => s === 201 || s === 429),
    statuses.join(),
  ).toBe(true);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  expect(storedSuggestions(db, post.id).length).toBe(1 + statuses.filter((s) => s === 201).length);
});

test('a hostile suggester name is credited as text; neither email nor pending text reach HTML or RSC', async ({
  page,
  browser,
  baseURL,
  request,
  db,
}) => {
  const post = suggestionTestPost(db);
  const name = `<img src=x onerror=alert(1)>\u202Eevil`;
  const accepted = suggestion(post.blockIds[0]!, { name });
  const pending = suggestion(post.blockIds[1]!);
  for (const data of [accepted, pending])
    expect((await request.post(api(post.slug), { data })).status()).toBe(201);

  const staff = await browser.newContext({ baseURL });
  const staffPage = await staff.newPage();
  await signInAs(staffPage, 'moderator', { next: '/en/admin/suggestions' });
  const queue = new SuggestionQueue(staffPage);
  await queue.decide(accepted.text, 'Accept');
  await expect(queue.row(accepted.text)).toHaveCount(0);
  await staff.close();

  const url = `/en/posts/${post.slug}`;
  const variants: Array<Record<string, string>> = [{}, { rsc: '1' }];
  for (const headers of variants) {
    const body = await (await request.get(url, { headers })).text();
    expect(body).toContain(accepted.text);
    expect(body).not.toContain(EMAIL);
    expect(body).not.toContain(pending.text);
    // In HTML the name is escaped text; the RSC payload carries it as a JSON string.
    if (!headers.rsc) expect(body).not.toContain('<img src=x');
  }
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await expect(page.getByText(/Translation suggested by/)).toContainText('<img src=x');
  expect(dialogs).toEqual([]);
});

test('suggestion pages for hostile block ids and language codes answer 404, never 500', async ({
  request,
  db,
}) => {
  const post = suggestionTestPost(db);
  const other = suggestionTestPost(db);
  const base = `/en/posts/${post.slug}/suggest`;
  for (const path of [
    `${base}/${other.blockIds[0]}/ja`,
    `${base}/${post.blockIds[0]}/en`,
    `${base}/${post.blockIds[0]}/${encodeURIComponent('ja"><script>alert(1)</script>')}`,
    `${base}/99999999999999999999/ja`,
    `${base}/-1/ja`,
    `${base}/${encodeURIComponent('1\u0000')}/ja`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('<script>alert(1)');
  }
});

test('unsubscribe: a body without Content-Length is refused; a redirect never follows the Host header', async ({
  request,
  db,
  baseURL,
}) => {
  const post = commentTestPost(db);
  const [row] = db
    .insert(comments)
    .values({
      postId: post.id,
      authorName: 'Asker',
      authorEmail: `asker-${unique('u')}@example.org`,
      body: 'Please tell me.',
      language: 'en',
      status: 'approved',
      notifyReplies: true,
    })
    .returning()
    .all();
  // Chunked, so the route cannot refuse it by its Content-Length.
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(`${baseURL}/api/unsubscribe?token=${row!.id}.${'A'.repeat(43)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error) =>
      (error as NodeJS.ErrnoException).code === 'EPIPE' ? null : reject(error),
    );
    const chunk = `List-Unsubscribe=One-Click&pad=${'x'.repeat(64 * 1024)}`;
    let sent = 0;
    const pump = () => {
      while (sent < 32) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
  // proxy.ts asks for a length (411) before the route could read an unbounded body.
  expect(status).toBe(411);
  expect(db.select().from(comments).where(eq(comments.id, row!.id)).get()!.notifyReplies).toBe(
    true,
  );

  const redirect = await request.get('/api/unsubscribe?token=1.x', {
    headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    maxRedirects: 0,
  });
  expect(redirect.status()).toBe(303);
  expect(redirect.headers().location).toMatch(new RegExp(`^${baseURL}/`));
});

test('imports: a hostile WXR file comes back as a report, for the owner only', async ({
  browser,
  baseURL,
  request,
}) => {
  const wxr = (items: string) =>
    Buffer.from(
      `<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>${items}</channel></rss>`,
    );
  const item = (id: number, body: string, extra = '') =>
    `<item><title>Item ${id}</title><content:encoded><![CDATA[${body}]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2024-01-15 10:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>${extra}</item>`;
  const upload = (ctx: typeof request, file: Buffer, headers: Record<string, string> = {}) =>
    ctx.post('/api/import', {
      multipart: {
        format: 'wxr',
        language: 'en',
        dryRun: 'true',
        file: { name: 'export.xml', mimeType: 'text/xml', buffer: file },
      },
      headers: { origin: baseURL!, ...headers },
      maxRedirects: 0,
    });
  const hostile = wxr(
    item(1, '<div>'.repeat(100_000) + 'deep') +
      item(2, '<p>x</p>', '<x>'.repeat(20_000) + '</x>'.repeat(20_000)) +
      item(3, '<p>fine</p>'),
  );
  expect((await upload(request, hostile)).status()).toBe(401);

  const owner = await browser.newContext({ baseURL });
  await signInAs(await owner.newPage(), 'owner');
  const cross = await upload(owner.request, hostile, { origin: 'https://evil.example' });
  expect(cross.status()).toBe(403);
  const start = Date.now();
  const answer = await upload(owner.request, hostile);
  expect(answer.status()).toBe(200);
  expect(Date.now() - start).toBeLessThan(20_000);
  const { data } = await answer.json();
  expect(data.posts.map((p: { title: string }) => p.title)).toEqual(['Item 3']);
  expect(data.errors).toHaveLength(2);
  const notUtf8 = Buffer.concat([
    wxr(item(4, '<p>a</p>')).subarray(0, 200),
    Buffer.from([0xff, 0xfe]),
  ]);
  expect((await upload(owner.request, notUtf8)).status()).toBe(422);
  await owner.close();
});
