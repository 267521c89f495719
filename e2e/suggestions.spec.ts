import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { auditLog } from '@/db/schema';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import {
  storedSuggestions,
  SuggestionQueue,
  SuggestPage,
  suggestionTestPost,
} from './support/suggestions';
import { unique } from './support/posts';

const EMAIL = 'hanako.suggests@example.com';

test.describe('a reader suggests a translation without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the moderator accepts it and the post shows the text with the credit, never the email', async ({
    page,
    browser,
    baseURL,
    request,
    db,
  }) => {
    const post = suggestionTestPost(db);
    const text = `夜に図書館が開く。${unique('t')}`;
    const reader = new SuggestPage(page);
    await reader.openFromPost(post.slug);
    await reader.submit.click();
    await expect(reader.error('text')).toHaveText('Please enter your translation.');
    await reader.send({ text, name: '', email: EMAIL });
    await expect(reader.error('name')).toHaveText('Please enter your name.');
    await expect(reader.text).toHaveValue(text);
    await reader.name.fill('Hanako');
    await reader.submit.click();
    await expect(reader.status).toContainText('Your suggestion is waiting for review');
    expect(storedSuggestions(db, post.id)).toMatchObject([
      { status: 'pending', body: text, authorName: 'Hanako', authorEmail: EMAIL },
    ]);
    // Not public before acceptance.
    expect(await (await request.get(`/en/posts/${post.slug}`)).text()).not.toContain(text);

    const staff = await browser.newContext({ baseURL });
    const staffPage = await staff.newPage();
    await signInAs(staffPage, 'moderator', { next: '/en/admin/suggestions' });
    // The admin nav counts pending suggestions (other tests may add theirs: at least this one).
    await expect(
      staffPage
        .getByRole('navigation', { name: 'Administration' })
        .getByRole('link', { name: /^Suggestions [1-9]\d* pending$/ }),
    ).toHaveAttribute('aria-current', 'page');
    const queue = new SuggestionQueue(staffPage);
    await expect(queue.row(text)).toContainText(`The library opens at night (${post.slug}).`);
    await expect(queue.row(text)).toContainText(EMAIL);
    await queue.decide(text, 'Accept');
    await expect(queue.row(text)).toHaveCount(0);
    await staff.close();

    const html = await (await request.get(`/en/posts/${post.slug}`)).text();
    expect(html).toContain(text);
    expect(html).toContain('Translation suggested by Hanako');
    expect(html).not.toContain(EMAIL);
    const ja = await (await request.get(`/ja/posts/${post.slug}`)).text();
    expect(ja).toContain('Hanako さんの提案による翻訳');
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'suggestion.accept')).all();
    expect(audit.map((a) => a.entityId)).toContain(storedSuggestions(db, post.id)[0]!.id);
  });

  test('a quick series is all saved: other blocks, the same text on two blocks, two posts', async ({
    page,
    db,
  }) => {
    const first = suggestionTestPost(db);
    const second = suggestionTestPost(db);
    const text = `同じ訳文 ${unique('s')}`;
    // At the default limit (5 in 10 minutes) for this test's own client: every one must be kept.
    const series = [
      [first, 0, text],
      [first, 1, text],
      [first, 0, `${text}（二つ目）`],
      [second, 0, text],
      [second, 1, text],
    ] as const;
    const reader = new SuggestPage(page);
    for (const [post, block, body] of series) {
      await page.goto(`/en/posts/${post.slug}/suggest/${post.blockIds[block]}/ja`);
      await reader.send({ text: body, name: 'Hanako', email: EMAIL });
      await expect(reader.status).toContainText('Your suggestion is waiting for review');
    }
    const stored = (post: { id: number }) =>
      storedSuggestions(db, post.id).map((s) => [s.blockId, s.body]);
    expect(stored(first)).toEqual([
      [first.blockIds[0], text],
      [first.blockIds[1], text],
      [first.blockIds[0], `${text}（二つ目）`],
    ]);
    expect(stored(second)).toEqual([
      [second.blockIds[0], text],
      [second.blockIds[1], text],
    ]);
  });

  test('a rejected suggestion never shows', async ({ page, browser, baseURL, request, db }) => {
    const post = suggestionTestPost(db);
    const text = `いまいちな訳 ${unique('r')}`;
    const reader = new SuggestPage(page);
    await reader.openFromPost(post.slug, 'ja');
    await reader.send({ text, name: 'Taro', email: EMAIL });
    await expect(reader.status).toContainText('提案は確認待ちです');

    const staff = await browser.newContext({ baseURL });
    const staffPage = await staff.newPage();
    await signInAs(staffPage, 'owner', { next: '/en/admin/suggestions' });
    await new SuggestionQueue(staffPage).decide(text, 'Reject');
    await expect.poll(() => storedSuggestions(db, post.id)[0]?.status).toBe('rejected');
    await staff.close();
    for (const path of [`/en/posts/${post.slug}`, `/ja/posts/${post.slug}`]) {
      const html = await (await request.get(path)).text();
      expect(html).not.toContain(text);
      expect(html).not.toContain('Taro');
    }
  });
});

test.describe('with JavaScript', () => {
  test('the form checks in the browser; the moderator edits the text before accepting it', async ({
    page,
    browser,
    baseURL,
    request,
    db,
    axe,
  }) => {
    // A reader's form, then a moderator's sign-in (Argon2) and queue in another context.
    test.slow();
    const post = suggestionTestPost(db);
    const reader = new SuggestPage(page);
    await reader.openFromPost(post.slug);
    expect(await axe(page)).toEqual([]);
    await reader.send({ text: 'a\u0007b', name: 'Jiro', email: 'jiro@' });
    await expect(reader.error('text')).toHaveText(
      'Your translation contains a control character, which is not allowed.',
    );
    await expect(reader.error('email')).toContainText('valid email address');
    expect(storedSuggestions(db, post.id)).toEqual([]);
    const text = `読者の訳 ${unique('j')}`;
    await reader.send({ text, name: 'Jiro', email: 'jiro@example.com' });
    await expect(reader.status).toContainText('Your suggestion is waiting for review');
    // The browser refused the first send, so only the second one was stored.
    expect(storedSuggestions(db, post.id)).toHaveLength(1);

    const staff = await browser.newContext({ baseURL });
    const staffPage = await staff.newPage();
    await signInAs(staffPage, 'moderator', { next: '/ja/admin/suggestions' });
    expect(await axe(staffPage)).toEqual([]);
    const queue = new SuggestionQueue(staffPage);
    await queue.showPending(text, 'ja');
    // No raw reason code under it: a plain suggestion simply waits for review.
    await expect(queue.row(text)).not.toContainText('suggestion:');
    await expect(queue.row(text)).not.toContainText('needs review');
    const edited = `${text}（編集済み）`;
    await queue.row(text).getByRole('textbox', { name: '公開する翻訳' }).fill('');
    await queue.decide(text, '採用');
    await expect(queue.row(text).getByRole('alert')).toHaveText('翻訳を入力してください');
    await queue.row(text).getByRole('textbox', { name: '公開する翻訳' }).fill(edited);
    await queue.decide(text, '採用');
    await expect(queue.row(text)).toHaveCount(0);
    await staff.close();
    const html = await (await request.get(`/en/posts/${post.slug}`)).text();
    expect(html).toContain(edited);
    expect(html).toContain('Translation suggested by Jiro');
    expect(html).not.toContain('jiro@example.com');
  });

  test('anonymous visitors cannot open the suggestion queue', async ({ request }) => {
    const response = await request.get('/en/admin/suggestions', { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
    expect(response.headers().location).toContain('/en/login');
  });
});

test.describe('the suggestions API', () => {
  const api = (slug: string) => `/api/posts/${slug}/suggestions`;
  const body = (blockId: number, extra: Record<string, unknown> = {}) => ({
    blockId,
    language: 'ja',
    text: `図書館の訳 ${randomUUID()}`,
    name: 'Api Reader',
    email: EMAIL,
    ...extra,
  });

  test('201 pending, replays a key, and 409 for a key reused with other text', async ({
    request,
    db,
  }) => {
    const post = suggestionTestPost(db);
    const input = body(post.blockIds[0]!, { idempotencyKey: randomUUID() });
    const created = await request.post(api(post.slug), { data: input });
    expect(created.status()).toBe(201);
    const answer = await created.json();
    expect(answer).toEqual({ id: expect.any(Number), status: 'pending' });
    expect(JSON.stringify(answer)).not.toContain(EMAIL);
    const replay = await request.post(api(post.slug), { data: input });
    expect(replay.status()).toBe(201);
    expect(replay.headers()['idempotent-replayed']).toBe('true');
    expect(await replay.json()).toEqual(answer);
    const reused = await request.post(api(post.slug), { data: { ...input, text: 'other' } });
    expect(reused.status()).toBe(409);
    // The translated block takes "a better translation" too.
    const better = await request.post(api(post.slug), { data: body(post.blockIds[1]!) });
    expect(better.status()).toBe(201);
    expect(storedSuggestions(db, post.id).map((s) => s.status)).toEqual(['pending', 'pending']);
  });

  test('422 for missing, too long, foreign-block and original-language input', async ({
    request,
    db,
  }) => {
    const post = suggestionTestPost(db);
    const other = suggestionTestPost(db);
    const [block] = post.blockIds;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ blockId: block, language: 'ja' }, 'text'],
      [body(block!, { name: '' }), 'name'],
      [body(block!, { email: 'nope' }), 'email'],
      [body(block!, { text: 'あ'.repeat(20_001) }), 'text'],
      [body(block!, { text: 'NUL \u0000' }), 'text'],
      [body(other.blockIds[0]!), 'blockId'],
      [body(999_999_999), 'blockId'],
      [body(block!, { language: 'en' }), 'language'],
      [body(block!, { language: 'fr' }), 'language'],
    ];
    for (const [data, field] of cases) {
      const response = await request.post(api(post.slug), { data });
      expect(response.status(), field).toBe(422);
      expect(
        Object.keys((await response.json()).errors),
        JSON.stringify(data).slice(0, 80),
      ).toContain(field);
    }
    expect(storedSuggestions(db, post.id)).toEqual([]);
  });

  test('404 for unknown and draft posts, 403 cross-site, 415 not JSON, 413 too large', async ({
    request,
    db,
  }) => {
    const draft = suggestionTestPost(db, 'draft');
    const post = suggestionTestPost(db);
    const data = body(post.blockIds[0]!);
    expect((await request.post(api('no-such-post'), { data })).status()).toBe(404);
    const draftAnswer = await request.post(api(draft.slug), { data: body(draft.blockIds[0]!) });
    expect(draftAnswer.status()).toBe(404);
    const cross = await request.post(api(post.slug), {
      data,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(cross.status()).toBe(403);
    const form = await request.post(api(post.slug), { form: { text: 'x' } });
    expect(form.status()).toBe(415);
    const huge = await request.post(api(post.slug), {
      data: { ...data, text: 'x'.repeat(200_000) },
    });
    expect(huge.status()).toBe(413);
    expect(storedSuggestions(db, post.id)).toEqual([]);
    expect(storedSuggestions(db, draft.id)).toEqual([]);
  });

  test('429 with Retry-After once the per-client limit is used up', async ({ request, db }) => {
    const post = suggestionTestPost(db);
    let limited = null;
    for (let i = 0; i < 30 && !limited; i++) {
      const response = await request.post(api(post.slug), { data: body(post.blockIds[0]!) });
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(201);
    }
    expect(limited, 'no 429 within 30 suggestions').not.toBeNull();
    expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
  });

  test('the email never appears in public HTML or JSON', async ({ request, db }) => {
    const post = suggestionTestPost(db);
    await request.post(api(post.slug), { data: body(post.blockIds[0]!) });
    for (const path of [
      `/en/posts/${post.slug}`,
      `/en/posts/${post.slug}/suggest/${post.blockIds[0]}/ja`,
      `/api/posts/${post.slug}/comments`,
      '/en/feed.xml',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).not.toContain(EMAIL);
    }
  });
});
