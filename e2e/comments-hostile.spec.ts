import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { comments } from '@/db/schema';
import { expect, test } from './support/fixtures';
import {
  CommentForm,
  commentTestPost,
  freshIp,
  postAction,
  storedComments,
  XSS_PAYLOADS,
} from './support/comment-form';

const valid = { name: 'Mallory', email: 'mallory@example.com', body: 'A plain comment.' };
const api = (slug: string) => `/api/posts/${slug}/comments`;
const EMOJI_BODY = '\u{1F363}'.repeat(5000);

test.describe('hostile input', () => {
  test('the server action refuses bad fields with a message and stores exactly what the rules allow', async ({
    browser,
    baseURL,
    request,
    db,
  }) => {
    test.slow();
    const post = commentTestPost(db);
    const elsewhere = commentTestPost(db);
    const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const form = new CommentForm(await noJs.newPage());
    await form.goto(post.slug);
    const hidden = await form.hiddenFields();
    const url = `/en/posts/${post.slug}`;
    const refused: Array<
      [Record<string, string | { name: string; mimeType: string; buffer: Buffer }>, string]
    > = [
      [{}, 'Please enter your name.'],
      [
        {
          ...valid,
          name: { name: 'name.txt', mimeType: 'text/plain', buffer: Buffer.from('Mallory') },
        },
        'Please enter text.',
      ],
      [{ ...valid, body: 'x'.repeat(100_000) }, 'Please keep your comment within 5000 characters.'],
      [
        { ...valid, body: 'NUL \u0000 inside' },
        'This field contains a NUL character (U+0000), which is not allowed.',
      ],
      [{ ...valid, name: 'Tab\there' }, 'Your name contains a control character'],
      [{ ...valid, email: 'javascript:alert(1)//@x' }, 'Please enter a valid email address'],
      [{ ...valid, parentId: '999999' }, 'The comment you are replying to is not available.'],
      [{ ...valid, idempotencyKey: '<script>' }, 'The form has expired.'],
    ];
    for (const [fields, message] of refused) {
      const response = await postAction(request, url, hidden, fields);
      expect(response.status(), message).toBe(200);
      expect(await response.text()).toContain(message);
    }
    expect(storedComments(db, post.id)).toEqual([]);

    const accepted: Array<[Record<string, string>, { authorName: string; body: string }]> = [
      [
        { ...valid, name: '\u202Eevil\u202C name\u2066', body: 'RTL \u202E override in body' },
        { authorName: 'evil name', body: 'RTL \u202E override in body' },
      ],
      [
        { ...valid, name: '\u{1F600} Emoji \u{1F389}', body: EMOJI_BODY },
        { authorName: '\u{1F600} Emoji \u{1F389}', body: EMOJI_BODY },
      ],
      [
        {
          ...valid,
          body: 'extra fields',
          status: 'approved',
          approved: '1',
          postId: String(elsewhere.id),
          reason: 'trusted',
          ipHash: 'x',
        },
        { authorName: 'Mallory', body: 'extra fields' },
      ],
      ...XSS_PAYLOADS.map((p): [Record<string, string>, { authorName: string; body: string }] => [
        { ...valid, name: p.slice(0, 80), body: p },
        { authorName: p.slice(0, 80), body: p },
      ]),
    ];
    for (const [fields] of accepted) {
      const response = await postAction(request, url, hidden, fields);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('Your comment is awaiting moderation.');
    }
    const rows = storedComments(db, post.id);
    expect(rows.map((r) => ({ authorName: r.authorName, body: r.body }))).toEqual(
      accepted.map(([, stored]) => stored),
    );
    expect(rows.every((r) => r.status === 'pending' && r.authorEmail === valid.email)).toBe(true);
    expect(storedComments(db, elsewhere.id)).toEqual([]);
    await noJs.close();
  });

  test('the JSON API answers 201/403/404/413/415/422 as documented, never a 5xx', async ({
    request,
    db,
    playwright,
    baseURL,
  }) => {
    test.slow();
    const post = commentTestPost(db);
    const draft = commentTestPost(db, { status: 'draft' });
    const scheduled = commentTestPost(db, { publishedAt: new Date(Date.now() + 86_400_000) });
    const send = (
      data: unknown,
      options: { slug?: string; headers?: Record<string, string> } = {},
    ) =>
      request.post(api(options.slug ?? post.slug), {
        data,
        headers: { 'x-forwarded-for': freshIp(), ...options.headers },
      });
    // A Buffer goes out byte for byte (a string would be JSON-encoded again).
    const raw = (body: string, contentType = 'application/json') =>
      send(Buffer.from(body), { headers: { 'content-type': contentType } });

    for (const [body, type] of [
      ['name=a', 'application/x-www-form-urlencoded'],
      ['{}', 'text/plain'],
      ['{}', 'multipart/form-data; boundary=x'],
    ] as const) {
      expect((await raw(body, type)).status(), type).toBe(415);
    }
    expect((await send({ ...valid, body: 'x'.repeat(100 * 1024) })).status()).toBe(413);
    for (const slug of ['no-such-post', draft.slug, scheduled.slug])
      expect((await send(valid, { slug })).status(), slug).toBe(404);
    for (const origin of ['https://evil.example', 'null'])
      expect((await send(valid, { headers: { origin } })).status(), origin).toBe(403);
    expect((await send(valid, { headers: { 'sec-fetch-site': 'cross-site' } })).status()).toBe(403);

    const invalid: Array<[Promise<Awaited<ReturnType<typeof send>>>, Record<string, string[]>]> = [
      [raw('{"name":'), { _form: ['The request body is not valid JSON.'] }],
      [
        raw('[1,2]'),
        { _form: ['What was sent could not be read. Please check the form and try again.'] },
      ],
      [
        send({}),
        {
          name: ['Please enter your name.'],
          email: ['Please enter your email address.'],
          body: ['Please enter a comment.'],
        },
      ],
      [
        send({ name: 42, email: ['a@b.co'], body: { html: '<b>' } }),
        {
          name: ['Please enter text.'],
          email: ['Please enter text.'],
          body: ['Please enter text.'],
        },
      ],
      [
        raw(`{"name":"Lone \\ud800","email":"a@example.com","body":"NUL \\u0000"}`),
        {
          name: [
            'This field contains a broken character (an unpaired surrogate). Please retype it.',
          ],
          body: ['This field contains a NUL character (U+0000), which is not allowed.'],
        },
      ],
      [
        send({ ...valid, body: 'y'.repeat(20_000) }),
        { body: ['Please keep your comment within 5000 characters.'] },
      ],
      [
        send({ ...valid, parentId: 2_147_483_647 }),
        { parentId: ['The comment you are replying to is not available.'] },
      ],
    ];
    for (const [pending, errors] of invalid) {
      const response = await pending;
      expect(response.status()).toBe(422);
      expect(await response.json()).toEqual({ errors });
    }
    const ja = await send({}, { headers: { 'accept-language': 'ja,en;q=0.5' } });
    expect((await ja.json()).errors.name).toEqual(['お名前を入力してください']);

    // A client that is not a browser sends no Origin: allowed, and still only the known fields count.
    const bare = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { 'x-forwarded-for': freshIp() },
    });
    const created = await bare.post(api(post.slug), {
      data: { ...valid, status: 'approved', postId: draft.id },
    });
    expect(created.status()).toBe(201);
    expect(await created.json()).toEqual({ id: expect.any(Number), status: 'pending' });
    expect(storedComments(db, post.id)).toMatchObject([{ status: 'pending', body: valid.body }]);
    expect(storedComments(db, draft.id)).toEqual([]);
    await bare.dispose();
  });

  test('stored payloads render as text: no dialog, no script, no javascript: link', async ({
    page,
    request,
    db,
  }) => {
    const post = commentTestPost(db);
    for (const payload of [...XSS_PAYLOADS, 'see https://example.com/a and javascript:alert(99)']) {
      const response = await request.post(api(post.slug), {
        data: { ...valid, name: payload.slice(0, 80), body: payload },
        headers: { 'x-forwarded-for': freshIp() },
      });
      expect(response.status()).toBe(201);
    }
    const ids = storedComments(db, post.id).map((c) => c.id);
    db.update(comments).set({ status: 'approved' }).where(inArray(comments.id, ids)).run();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const form = new CommentForm(page);
    await form.goto(post.slug);
    await expect(form.thread.locator('li.comment')).toHaveCount(ids.length);
    await expect(form.comment('<script>alert(1)</script>').first()).toBeVisible();
    await page.mouse.move(10, 10);
    await form.body.click();
    expect(dialogs).toEqual([]);
    await expect(form.thread.locator('script, img, iframe, svg, details, math')).toHaveCount(0);
    await expect(form.thread.locator('a[href^="javascript" i]')).toHaveCount(0);
    const links = form.thread.locator('.comment-text a');
    await expect(links).toHaveCount(3);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\/example\.com\//);
    }
    const thread = await (await request.get(api(post.slug))).json();
    expect(thread.comments).toHaveLength(ids.length);
    expect(JSON.stringify(thread)).not.toContain('mallory@example.com');
    expect(Object.keys(thread.comments[0]).sort()).toEqual([
      'authorName',
      'body',
      'createdAt',
      'depth',
      'id',
      'language',
      'parentId',
      'replies',
      'staff',
    ]);
  });
});

test('invalid UTF-8 is refused the same way by the form’s action and the JSON API, and nothing is stored', async ({
  browser,
  baseURL,
  request,
  db,
}) => {
  const post = commentTestPost(db);
  const broken = Buffer.from([0x63, 0x61, 0x66, 0xff, 0xc0, 0xaf]); // "caf" and bytes that are not UTF-8
  const message =
    'This field contains a character that could not be read (U+FFFD, usually from a wrong text encoding). Please retype it.';
  const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const form = new CommentForm(await noJs.newPage());
  await form.goto(post.slug);
  // A multipart body written byte by byte, as a browser with a wrong encoding could send it.
  const boundary = `----limits${randomUUID()}`;
  const part = (name: string, value: Buffer) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      value,
      Buffer.from('\r\n'),
    ]);
  const fields = {
    ...(await form.hiddenFields()),
    idempotencyKey: randomUUID(),
    name: valid.name,
    email: valid.email,
  };
  const body = Buffer.concat([
    ...Object.entries(fields).map(([k, v]) => part(k, Buffer.from(v))),
    part('body', broken),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const viaAction = await request.post(`/en/posts/${post.slug}`, {
    data: body,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-forwarded-for': freshIp(),
    },
    maxRedirects: 0,
  });
  expect(viaAction.status()).toBe(200);
  expect(await viaAction.text()).toContain(message);
  const json = Buffer.concat([
    Buffer.from(`{"name":"${valid.name}","email":"${valid.email}","body":"`),
    broken,
    Buffer.from('"}'),
  ]);
  const viaApi = await request.post(api(post.slug), {
    data: json,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
  });
  expect(viaApi.status()).toBe(422);
  expect(await viaApi.json()).toEqual({ errors: { body: [message] } });
  expect(storedComments(db, post.id)).toEqual([]);
  await noJs.close();
});

test('a filled honeypot gets the usual answer and is stored as spam', async ({
  page,
  request,
  db,
}) => {
  const post = commentTestPost(db);
  const viaApi = await request.post(api(post.slug), {
    data: { ...valid, body: 'Bot via API', website: 'http://spam.example' },
  });
  expect(viaApi.status()).toBe(201);
  expect(await viaApi.json()).toEqual({ id: expect.any(Number), status: 'pending' });
  const form = new CommentForm(page);
  await form.goto(post.slug);
  // A bot fills every field, the hidden one too.
  await page
    .locator('#comment-website')
    .evaluate((input: HTMLInputElement) => (input.value = 'http://spam.example'));
  await form.send({ ...valid, body: 'Bot via form' });
  await expect(form.notice).toHaveText(
    'Your comment is awaiting moderation. Until it is approved, only you can see it.',
  );
  expect(storedComments(db, post.id).map((c) => [c.body, c.status, c.reason])).toEqual([
    ['Bot via API', 'spam', 'honeypot filled'],
    ['Bot via form', 'spam', 'honeypot filled'],
  ]);
});
