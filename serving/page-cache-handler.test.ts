import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPolicy, inlineHashes, noncePolicy } from './csp.mjs';
import PageCacheHandler from './page-cache-handler.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': 'a,b' },
  status: 200,
});
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
    (globalThis as Record<symbol, () => void>)[Symbol.for('taiyaku.expirePublicPages')]!();
    expect(await handler.get('/en')).toBeNull();
  });

  it('treats a page as missing once the next scheduled post is due', async () => {
    setVersion(undefined);
    const handler = new PageCacheHandler();
    const due = page('<p>list</p>');
    due.headers['x-next-cache-tags'] = `a,until:${Date.now() - 1}`;
    const later = page('<p>list</p>');
    later.headers['x-next-cache-tags'] = `a,until:${Date.now() + 60_000}`;
    await handler.set('/due', due);
    await handler.set('/later', later);
    expect(await handler.get('/due')).toBeNull();
    expect(await handler.get('/later')).not.toBeNull();
  });

  it('stays within its memory bound, dropping the least recently used first', async () => {
    setVersion(undefined);
    const handler = new PageCacheHandler();
    // 4 MB of HTML counts 8 MB (string and bytes): twelve of them are past the 64 MB budget.
    const big = 'x'.repeat(4 * 1024 * 1024);
    for (let i = 0; i < 12; i++) await handler.set(`/big/${i}`, page(big));
    expect(await handler.get('/big/0')).toBeNull();
    expect(await handler.get('/big/11')).not.toBeNull();
  });
});
