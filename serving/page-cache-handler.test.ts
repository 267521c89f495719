import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPolicy, inlineHashes, noncePolicy } from './csp.mjs';
import { inRequestContext } from './canonical.mjs';
import PageCacheHandler from './page-cache-handler.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': 'a,b' },
  status: 200,
});
type PageCache = { expireAll(): void; expireAt(at: number): void };
const pageCache = () => (globalThis as Record<symbol, PageCache>)[Symbol.for('taiyaku.pageCache')]!;
const setVersion = (v: number | undefined) =>
  ((globalThis as Record<symbol, unknown>)[Symbol.for('taiyaku.dataVersion')] =
    v === undefined ? undefined : () => v);

describe('CSP for cached pages', () => {
  it('hashes inline scripts and styles, not external scripts', () => {
    const html =
      '<script src="/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script><style>p{}</style><script type="application/ld+json">{}</script>';
    expect(inlineHashes(html)).toEqual({
      scripts: [sha('self.__next_f.push([1,"x"])'), sha('{}')],
      styles: [sha('p{}')],
    });
  });

  it('never allows inline script by keyword, and keeps the rules that matter', () => {
    for (const policy of [hashPolicy('<script>1</script>'), noncePolicy('n')]) {
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      for (const rule of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
        expect(policy).toContain(rule);
    }
    expect(hashPolicy('<script>1</script>')).toContain(`script-src 'self' ${sha('1')}`);
  });
});

describe('page cache handler', () => {
  it('gives a stored page its policy in the very object Next answers the first request with', async () => {
    setVersion(undefined);
    const handler = new PageCacheHandler();
    const value = page('<script>boot()</script>');
    await handler.set('/ja/posts/a', value);
    expect((value.headers as Record<string, string>)['content-security-policy']).toContain(
      sha('boot()'),
    );
    const hit = await handler.get('/ja/posts/a');
    expect(hit?.value.headers['content-security-policy']).toContain(sha('boot()'));
    expect(hit?.value.headers['x-next-cache-tags']).toBe('a,b');
  });

  it('drops every entry when another process has written to the database', async () => {
    setVersion(1);
    const handler = new PageCacheHandler();
    await handler.set('/ja', page('<p>old</p>'));
    expect(await handler.get('/ja')).not.toBeNull();
    setVersion(2);
    expect(await handler.get('/ja')).toBeNull();
    setVersion(undefined);
  });

  it('expires every public page at once when the app says public content changed', async () => {
    setVersion(undefined);
    const handler = new PageCacheHandler();
    await handler.set('/en', page('<p>old</p>'));
    pageCache().expireAll();
    expect(await handler.get('/en')).toBeNull();
  });

  it('treats every page as missing once the next scheduled post is due, and only then', async () => {
    setVersion(undefined);
    const handler = new PageCacheHandler();
    await handler.set('/list', page('<p>list</p>'));
    pageCache().expireAt(Date.now() + 60_000);
    expect(await handler.get('/list')).not.toBeNull();
    pageCache().expireAt(Date.now() - 1);
    expect(await handler.get('/list')).toBeNull();
    // Due once: pages rendered after that time are kept.
    await handler.set('/list', page('<p>list</p>'));
    expect(await handler.get('/list')).not.toBeNull();
  });

  it('stores only renders of a canonical request, each still with its policy', async () => {
    setVersion(undefined);
    const handler = new PageCacheHandler();
    const request = (url: string, headers: Record<string, string> = {}) =>
      ({ method: 'GET', url, headers }) as never;
    const withQuery = page('<script>q()</script>');
    await inRequestContext(request('/en/posts/q?x=TEXT'), () =>
      handler.set('/en/posts/q', withQuery),
    );
    expect(await handler.get('/en/posts/q')).toBeNull();
    expect((withQuery.headers as Record<string, string>)['content-security-policy']).toContain(
      sha('q()'),
    );
    const posted = { method: 'POST', url: '/en/posts/q', headers: {} } as never;
    await inRequestContext(posted, () => handler.set('/en/posts/q', page('<p>p</p>')));
    expect(await handler.get('/en/posts/q')).toBeNull();
    await inRequestContext(request('/en/posts/q'), () =>
      handler.set('/en/posts/q', page('<p>plain</p>')),
    );
    expect((await handler.get('/en/posts/q'))?.value.html).toBe('<p>plain</p>');
    // A client navigation's cache-busting `_rsc` (Next drops it before rendering) may fill it too.
    await inRequestContext(request('/en/posts/r?_rsc=1x2y'), () =>
      handler.set('/en/posts/r', page('<p>nav</p>')),
    );
    expect((await handler.get('/en/posts/r'))?.value.html).toBe('<p>nav</p>');
    await inRequestContext(request('/en/posts/s?_rsc=1&x=TEXT'), () =>
      handler.set('/en/posts/s', page('<p>x</p>')),
    );
    expect(await handler.get('/en/posts/s')).toBeNull();
  });

  it('drops request headers that Next would write into a render before Next sees them', () => {
    const headers: Record<string, string> = {
      'content-security-policy': "script-src 'nonce-EVIL'",
      'content-security-policy-report-only': "script-src 'nonce-EVIL'",
      accept: 'text/html',
    };
    inRequestContext({ method: 'GET', url: '/en', headers } as never, () => {});
    expect(headers).toEqual({ accept: 'text/html' });
  });
});
