import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serveCached } from './fast-path.mjs';
import { save } from './page-store.mjs';

type Sent = { status?: number; headers: Record<string, string>; body?: Buffer };

function call(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const sent: Sent = { headers: {} };
  const res = {
    writeHead(status: number, h: Record<string, string>) {
      sent.status = status;
      sent.headers = h;
      return res;
    },
    end(body?: Buffer) {
      sent.body = body;
    },
  };
  const served = serveCached({ method, url, headers } as never, res as never);
  return { served, ...sent };
}

const KEY = (path: string) => `/route-cache/APP_PAGE/abc/$${path}`;
const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  headers: { 'x-next-cache-tags': '_N_T_/layout' },
  status: 200,
});

describe('fast path for cached pages', () => {
  it('sends a fresh cached page with the headers Next would send, gzipped when asked', () => {
    save(KEY('/en/posts/fast'), page('<p>hello</p><script>x()</script>'), {
      revalidate: 60,
      expire: 3600,
    });
    const plain = call('/en/posts/fast');
    expect(plain.served).toBe(true);
    expect(plain.body?.toString()).toBe('<p>hello</p><script>x()</script>');
    expect(plain.headers).toMatchObject({
      'cache-control': 's-maxage=60, stale-while-revalidate=3540',
      'x-content-type-options': 'nosniff',
      'x-nextjs-cache': 'HIT',
    });
    expect(plain.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(plain.headers['x-next-cache-tags']).toBeUndefined();
    const zipped = call('/en/posts/fast', { 'accept-encoding': 'gzip, br' });
    expect(gunzipSync(zipped.body!).toString()).toBe(plain.body!.toString());
    expect(call('/en/posts/fast', { 'if-none-match': plain.headers.etag! }).status).toBe(304);
  });

  it('leaves to Next whatever it answers differently: queries, RSC, actions, posts, other paths', () => {
    save(KEY('/en/posts/other'), page('<p>x</p>'), { revalidate: 60, expire: 3600 });
    expect(call('/en/posts/other?view=single').served).toBe(false);
    expect(call('/en/posts/other', { rsc: '1' }).served).toBe(false);
    expect(call('/en/posts/other', { 'next-action': 'abc' }).served).toBe(false);
    expect(call('/en/posts/other', {}, 'POST').served).toBe(false);
    expect(call('/en/posts/unknown').served).toBe(false);
  });

  it('leaves stale and expired pages to Next', () => {
    save(KEY('/en/posts/never'), page('<p>x</p>'), { revalidate: false });
    expect(call('/en/posts/never').served).toBe(false);
    (globalThis as Record<symbol, () => void>)[Symbol.for('taiyaku.expirePublicPages')]?.();
    save(KEY('/en/posts/gone'), page('<p>x</p>'), { revalidate: 60, expire: 3600 });
    const clear = (globalThis as Record<symbol, { entries: Map<string, unknown> }>)[
      Symbol.for('taiyaku.pageCache')
    ]!;
    clear.entries.clear();
    expect(call('/en/posts/gone').served).toBe(false);
  });
});
