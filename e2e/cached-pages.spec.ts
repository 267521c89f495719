import { execFileSync } from 'node:child_process';
import type { APIRequestContext } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { comments, posts } from '@/db/schema';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { EditorPage } from './support/editor-page';
import { addPendingComments, ModerationQueue, uniqueToken } from './support/moderation-queue';
import { insertPost, unique } from './support/posts';

/** A GET as a new anonymous reader: no cookies, nothing personal. */
async function anonymousHtml(request: APIRequestContext, path: string) {
  const response = await request.get(path, { headers: { cookie: '' } });
  return { status: response.status(), headers: response.headers(), html: await response.text() };
}

test.describe('public pages are cached and still current', () => {
  test('a post page is served from the cache, with headers a CDN may keep and a hash-based CSP', async ({
    request,
    db,
  }) => {
    const slug = unique('cached');
    insertPost(db, { slug, titles: { en: 'Cached post' }, blocks: [{ texts: { en: 'Body' } }] });
    // Other tests write to the database meanwhile, which empties the cache: try a few pairs.
    let headers: Record<string, string> = {};
    for (let i = 0; i < 10 && headers['x-nextjs-cache'] !== 'HIT'; i++) {
      await anonymousHtml(request, `/en/posts/${slug}`);
      ({ headers } = await anonymousHtml(request, `/en/posts/${slug}`));
    }
    expect(headers['x-nextjs-cache']).toBe('HIT');
    expect(headers['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
    const policy = headers['content-security-policy']!;
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).not.toContain('nonce-');
    const search = await anonymousHtml(request, '/en/search?q=Body');
    expect(search.headers['cache-control']).toContain('no-store');
    expect(search.headers['content-security-policy']).toContain("'nonce-");
  });

  test('nothing is blocked on a cached page, and an injected inline script would be', async ({
    page,
    db,
  }) => {
    const slug = unique('csp');
    insertPost(db, {
      slug,
      titles: { en: 'CSP post', ja: 'CSP' },
      blocks: [{ texts: { en: 'One', ja: '一' } }],
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    await page.goto(`/en/posts/${slug}`);
    await page.goto(`/en/posts/${slug}`);
    // Hydrated: the view links switch in place.
    await page.getByRole('link', { name: 'Interleaved' }).click();
    await expect(page.locator('#reading')).toHaveAttribute('data-view', 'interleaved');
    expect(violations).toEqual([]);
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true';
          document.body.append(script);
          setTimeout(() => resolve(false), 1000);
        }),
    );
    expect(blocked).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
  });

  test('the remembered view shows at first paint, before any script of the app has loaded', async ({
    page,
    db,
    baseURL,
  }) => {
    const slug = unique('firstpaint');
    insertPost(db, {
      slug,
      titles: { en: 'First paint', ja: '初回' },
      blocks: [{ texts: { en: 'One', ja: '一' } }, { texts: { en: 'Two', ja: '二' } }],
    });
    // The app's chunks never arrive: only the page's own inline script can apply the cookie.
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    await page
      .context()
      .addCookies([{ name: 'taiyaku-view', value: 'interleaved', url: baseURL! }]);
    await page.goto(`/en/posts/${slug}`);
    await expect(page.locator('#reading')).toHaveAttribute('data-view', 'interleaved');
    const cells = page.locator('#reading .row').first().locator('.cell');
    const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    // Interleaved: the translation sits under the original, not beside it.
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    // The URL's choice still wins over the cookie.
    await page.goto(`/en/posts/${slug}?view=side-by-side`);
    await expect(page.locator('#reading')).toHaveAttribute('data-view', 'side-by-side');
  });

  test('an approval by a moderator is on the very next anonymous GET', async ({
    page,
    request,
    db,
  }) => {
    const slug = unique('approve');
    const postId = insertPost(db, {
      slug,
      titles: { en: 'Approval post' },
      blocks: [{ texts: { en: 'Body' } }],
    });
    const token = uniqueToken();
    addPendingComments(db, postId, [`Approve me ${token}`]);
    await anonymousHtml(request, `/en/posts/${slug}`);
    expect((await anonymousHtml(request, `/en/posts/${slug}`)).html).not.toContain(token);
    await signInAs(page, 'moderator');
    const queue = new ModerationQueue(page);
    await queue.goto({ q: token });
    await queue.rowButton(token, 'Approve').click();
    await expect(queue.message).toBeVisible();
    // The queue answers at once; the next GET that counts is the first after the approval is stored.
    await expect
      .poll(
        () =>
          db
            .select({ status: comments.status })
            .from(comments)
            .where(eq(comments.postId, postId))
            .get()?.status,
      )
      .toBe('approved');
    expect((await anonymousHtml(request, `/en/posts/${slug}`)).html).toContain(
      `Approve me ${token}`,
    );
  });

  test('an edit by the owner is on the very next anonymous GET', async ({ page, request, db }) => {
    const slug = unique('edited');
    const id = insertPost(db, {
      slug,
      titles: { en: 'Before the edit' },
      blocks: [{ texts: { en: 'Body' } }],
    });
    await anonymousHtml(request, `/en/posts/${slug}`);
    expect((await anonymousHtml(request, `/en/posts/${slug}`)).html).toContain('Before the edit');
    await signInAs(page, 'owner');
    await page.goto(`/en/admin/posts/${id}/edit`);
    const editor = new EditorPage(page);
    await editor.title('en').fill(`After the edit ${slug}`);
    await editor.save();
    const after = (await anonymousHtml(request, `/en/posts/${slug}`)).html;
    expect(after).toContain(`After the edit ${slug}`);
    expect(after).not.toContain('Before the edit');
  });

  test('a post imported by the command-line tool shows up without a restart', async ({
    request,
  }) => {
    const slug = unique('cli');
    const page = () => anonymousHtml(request, `/en/posts/${slug}`);
    // Not there yet, and that answer is now in the page cache.
    expect((await page()).status).toBe(404);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'taiyaku-cli-')), 'export.txt');
    writeFileSync(
      file,
      `AUTHOR: CLI\nTITLE: Imported ${slug}\nBASENAME: ${slug}\nSTATUS: Publish\nDATE: 01/01/2020 12:00:00 PM\n-----\nBODY:\n<p>From the command line.</p>\n-----\n--------\n`,
    );
    execFileSync(
      process.execPath,
      [
        path.resolve('node_modules/tsx/dist/cli.mjs'),
        '--conditions=react-server',
        'scripts/import.ts',
        'mt',
        file,
      ],
      {
        env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
        stdio: 'pipe',
      },
    );
    const after = await page();
    expect(after.status).toBe(200);
    expect(after.html).toContain(`Imported ${slug}`);
  });

  test('a scheduled post is on the first GET after its time, with every page cached before it', async ({
    request,
    db,
  }) => {
    const slug = unique('scheduled');
    const title = `Scheduled ${slug}`;
    // Not a minute ahead: the cache drops pages at the post's time itself, so the wait is only what
    // the test needs to fill the cache before that time (a few seconds on a busy machine).
    const at = new Date(Date.now() + 20_000);
    insertPost(db, {
      slug,
      publishedAt: at,
      titles: { en: title },
      blocks: [{ texts: { en: 'Soon' } }],
    });
    // Posts are listed newest first: make it the newest so it is on page 1.
    db.update(posts).set({ publishedAt: at }).where(eq(posts.slug, slug)).run();
    expect((await anonymousHtml(request, '/en')).html).not.toContain(title);
    expect((await anonymousHtml(request, `/en/posts/${slug}`)).status).toBe(404);
    expect(Date.now(), 'the page was cached before the post was due').toBeLessThan(at.getTime());
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, at.getTime() - Date.now() + 50)),
    );
    expect((await anonymousHtml(request, '/en')).html).toContain(title);
    expect((await anonymousHtml(request, `/en/posts/${slug}`)).status).toBe(200);
    // Back among the old test posts, so other tests see the demo posts on top again.
    db.update(posts)
      .set({ publishedAt: new Date(Date.UTC(2002, 0, 1)) })
      .where(eq(posts.slug, slug))
      .run();
  });
});

test.describe('every reader of a cached page gets the same bytes (issue 20)', () => {
  const NONCE = 'aGFja2VkLW5vbmNlLTEyMw==';

  /** Fills the entry with a hostile request, then reads it twice plainly: the last one a hit. */
  async function fillHostileThenRead(request: APIRequestContext, path: string, token: string) {
    let plain = await anonymousHtml(request, path);
    let hit = plain;
    // Other tests write to the database meanwhile, which empties the cache: try a few times.
    for (let i = 0; i < 10 && hit.headers['x-nextjs-cache'] !== 'HIT'; i++) {
      const hostile = await request.get(`${path}?x=${token}`, {
        headers: { cookie: '', 'content-security-policy': `script-src 'nonce-${NONCE}'` },
      });
      expect(hostile.status()).toBe(200);
      plain = await anonymousHtml(request, path);
      hit = await anonymousHtml(request, path);
    }
    expect(hit.headers['x-nextjs-cache']).toBe('HIT');
    return { plain, hit };
  }

  test('a query string or a CSP request header on a miss never reaches the cached bytes', async ({
    request,
    db,
  }) => {
    const slug = unique('canonical');
    insertPost(db, { slug, titles: { en: 'Canonical' }, blocks: [{ texts: { en: 'Body' } }] });
    const token = uniqueToken();
    const { plain, hit } = await fillHostileThenRead(request, `/en/posts/${slug}`, token);
    for (const answer of [plain, hit]) {
      expect(answer.html).not.toContain(token);
      expect(answer.html).not.toContain(NONCE);
      expect(answer.html).toContain('Canonical');
    }
    // A miss answered by Next and a hit answered from memory: the same bytes, the same ETag.
    if (plain.headers['x-nextjs-cache'] !== 'HIT') {
      expect(hit.html).toBe(plain.html);
      expect(hit.headers.etag).toBe(plain.headers.etag);
    }
  });

  test('conditional and encoded requests follow RFC 9110', async ({ request, db }) => {
    const slug = unique('rfc9110');
    insertPost(db, { slug, titles: { en: 'Validators' }, blocks: [{ texts: { en: 'Body' } }] });
    const path = `/en/posts/${slug}`;
    const { hit } = await fillHostileThenRead(request, path, uniqueToken());
    const etag = hit.headers.etag!;
    for (const header of [`W/${etag}`, `"nope", ${etag}`, '*']) {
      const answer = await request.get(path, { headers: { 'if-none-match': header } });
      expect([header, answer.status()]).toEqual([header, 304]);
    }
    expect((await request.get(path, { headers: { 'if-none-match': '"nope"' } })).status()).toBe(
      200,
    );
    const refused = await request.get(path, { headers: { 'accept-encoding': 'gzip;q=0, *' } });
    expect(refused.headers()['content-encoding']).toBeUndefined();
    expect(await refused.text()).toBe(hit.html);
  });
});
