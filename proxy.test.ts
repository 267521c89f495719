import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, isPerRequest, proxy } from './proxy';

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, 'http://blog.test'), {
    method: init.method ?? 'GET',
    headers: { host: 'blog.test', ...init.headers },
  });

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('proxy', () => {
  it('answers 400 for a path that does not percent-decode, and lets a good one through untouched', async () => {
    expect((await proxy(request('/ja/posts/%ff'))).status).toBe(400);
    const japanese = await proxy(request('/ja/posts/%E6%97%A5'));
    expect(japanese.status).toBe(200);
    expect(japanese.headers.get('content-security-policy')).toBeNull();
  });

  it('treats as per-request exactly the pages the matcher sends (besides paths with %)', async () => {
    for (const path of [
      '/',
      '/ja/admin',
      '/en/admin/comments',
      '/en/admin/co%6dments',
      '/ja/login',
      '/en/search',
      '/ja/unsubscribe',
      '/en/confirm-email',
      '/en/posts/a/reply/3',
      '/en/posts/a/suggest/12/ja',
      '/ja/posts/a/protected',
    ])
      expect(isPerRequest(request(path)), path).toBe(true);
    for (const path of ['/ja', '/ja/posts/a', '/en/categories/x', '/ja/archives'])
      expect(isPerRequest(request(path)), path).toBe(false);
    expect(isPerRequest(request('/ja/posts/a?replyto=3'))).toBe(true);
    expect(isPerRequest(request('/ja/posts/a?replyto=abc'))).toBe(false);
    expect(isPerRequest(request('/ja/posts/a', { method: 'POST' }))).toBe(true);
  });

  it('sends old links of an imported blog (not our pages) to the redirect handler', async () => {
    const rewritten = async (path: string) =>
      (await proxy(request(path))).headers.get('x-middleware-rewrite');
    for (const old of [
      '/2019/01/02/hello-world/',
      '/article/123.html',
      '/entry/2019/01/02/1',
      '/?p=12',
      '/%E6%97%A5/',
    ]) {
      const to = new URL((await rewritten(old)) ?? 'http://none.invalid/');
      expect(to.pathname, old).toBe('/api/old-links');
      expect(to.searchParams.get('path'), old).toBe(
        new URL(old, 'http://x').pathname + new URL(old, 'http://x').search,
      );
    }
    for (const ours of [
      '/',
      '/?p=abc',
      '/ja/admin',
      '/en/search',
      '/api/media',
      '/accent/0b5cad.css',
      '/logo/32/0123456789abcdef0123456789abcdef.png',
      '/favicon.ico',
      '/sitemap.xml',
    ])
      expect(await rewritten(ours), ours).toBeNull();
    expect(
      (await proxy(request('/2019/01/02/x', { method: 'POST' }))).headers.get(
        'x-middleware-rewrite',
      ),
    ).toBeNull();
    const matcher = new RegExp(`^${config.matcher.filter((m) => typeof m === 'string').at(-1)}$`);
    expect(matcher.test('/2019/01/02/x')).toBe(true);
    for (const ours of [
      '/ja',
      '/en/posts/a',
      '/api/x',
      '/_next/static/a.js',
      '/media/a.png',
      '/accent/0b5cad.css',
      '/logo/header/a.png',
    ])
      expect(matcher.test(ours), ours).toBe(false);
  });

  it('sends / to the reader’s language', async () => {
    expect(
      (await proxy(request('/', { headers: { 'accept-language': 'en-US,en;q=0.9' } }))).headers.get(
        'location',
      ),
    ).toBe('http://blog.test/en');
    expect(
      (
        await proxy(
          request('/', { headers: { cookie: 'taiyaku-locale=ja', 'accept-language': 'en' } }),
        )
      ).headers.get('location'),
    ).toBe('http://blog.test/ja');
  });

  it('sends anonymous visitors of /admin to the login page, and lets a session through', async () => {
    expect((await proxy(request('/en/admin/comments'))).headers.get('location')).toBe(
      'http://blog.test/en/login?next=%2Fen%2Fadmin%2Fcomments',
    );
    const signedIn = await proxy(
      request('/en/admin', { headers: { cookie: 'authjs.session-token=x' } }),
    );
    expect(signedIn.headers.get('location')).toBeNull();
    expect(signedIn.headers.get('content-security-policy')).toContain("'nonce-");
  });

  it('gives every per-request page a fresh nonce, in the response and in the request Next renders with', async () => {
    const first = await proxy(request('/ja/search'));
    const policy = first.headers.get('content-security-policy');
    for (const rule of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "'strict-dynamic'",
    ])
      expect(policy).toContain(rule);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonceOf(policy));
    expect(
      nonceOf((await proxy(request('/ja/search'))).headers.get('content-security-policy')),
    ).not.toBe(nonceOf(policy));
  });

  it('refuses form posts from another site or over the action body limit, instead of Next’s 500', async () => {
    expect(
      (
        await proxy(
          request('/en/posts/a', { method: 'POST', headers: { origin: 'https://evil.example' } }),
        )
      ).status,
    ).toBe(403);
    expect(
      (await proxy(request('/en/posts/a', { method: 'POST', headers: { origin: 'null' } }))).status,
    ).toBe(403);
    expect(
      (
        await proxy(
          request('/en/posts/a', {
            method: 'POST',
            headers: { origin: 'http://blog.test', 'content-length': String(2 * 1024 * 1024) },
          }),
        )
      ).status,
    ).toBe(413);
    expect(
      (
        await proxy(
          request('/en/posts/a', { method: 'POST', headers: { origin: 'http://blog.test' } }),
        )
      ).status,
    ).toBe(200);
    expect((await proxy(request('/en/posts/a', { method: 'POST' }))).status).toBe(200);
    const chunked = new NextRequest(new URL('/en/posts/a', 'http://blog.test'), {
      method: 'POST',
      headers: {
        host: 'blog.test',
        origin: 'http://blog.test',
        'content-type': 'multipart/form-data; boundary=x',
      },
      body: 'x',
      duplex: 'half',
    } as never);
    expect((await proxy(chunked)).status).toBe(411);
  });

  it('answers 400 to a script-called action whose arguments are not JSON, instead of Next’s 500', async () => {
    const action = (body: string, type = 'text/plain;charset=UTF-8') =>
      new NextRequest(new URL('/en/posts/a', 'http://blog.test'), {
        method: 'POST',
        headers: {
          host: 'blog.test',
          origin: 'http://blog.test',
          'next-action': '7f00',
          'content-type': type,
          'content-length': String(Buffer.byteLength(body)),
        },
        body,
        duplex: 'half',
      } as never);
    for (const cut of ['["a","en",null,{"name":"x"', '', '[1,2', '\u0000'])
      expect((await proxy(action(cut))).status, JSON.stringify(cut)).toBe(400);
    const refused = await proxy(action('{'));
    expect(await refused.text()).toBe('Bad request: the action arguments could not be read.');
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'none'");
    // Well-formed JSON goes on to Next (and to the action's own checks), as do form posts.
    expect((await proxy(action('["a","en",null,{}]'))).status).toBe(200);
    expect((await proxy(action('[]'))).status).toBe(200);
    expect((await proxy(action('--x', 'multipart/form-data; boundary=x'))).status).toBe(200);
  });

  it('runs on staff and per-request pages and on form posts, never on a reader page GET', async () => {
    const plain = config.matcher.filter((m): m is string => typeof m === 'string');
    expect(plain).toEqual([
      '/(.*%.*)',
      '/',
      '/:locale/admin/:path*',
      '/:locale/login',
      '/:locale/search',
      '/:locale/unsubscribe',
      '/:locale/confirm-email',
      '/:locale/posts/:slug/reply/:path*',
      '/:locale/posts/:slug/suggest/:path*',
      '/:locale/posts/:slug/protected',
      '/((?!ja/|en/|ja$|en$|api/|_next/|media/|accent/|logo/|favicon\\.ico$|sitemap\\.xml$|robots\\.txt$|icon\\.svg$|apple-touch-icon\\.png$).+)',
    ]);
    const conditional = config.matcher.filter((m) => typeof m !== 'string');
    const keys = conditional.flatMap((m) => m.has.map((h) => h.key));
    expect(keys).toEqual(['replyto', 'next-action', 'content-type']);
    // Form posts anywhere but API, assets and media go through the Origin and size checks.
    const pages = new RegExp(`^${conditional[1]!.source}$`);
    for (const page of ['/ja', '/en/posts/a', '/ja/categories/x'])
      expect(pages.test(page), page).toBe(true);
    for (const other of [
      '/api/posts/a/comments',
      '/_next/static/chunks/a.js',
      '/media/a.png',
      '/favicon.ico',
      '/sitemap.xml',
      '/robots.txt',
    ]) {
      expect(pages.test(other), other).toBe(false);
    }
  });
});
