import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serveCached } from './fast-path.mjs';
import { etagOf } from './next-internals.mjs';
import { serving } from './state.mjs';

serving.fastPath = true;
const save = serving.store.save;

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

  it("sends Next's own ETag, and answers weak and listed If-None-Match with 304", () => {
    const html = '<p>etag</p>';
    save(KEY('/en/posts/etag'), page(html), { revalidate: 60, expire: 3600 });
    const etag = call('/en/posts/etag').headers.etag!;
    expect(etag).toBe(etagOf(html));
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, `W/"a",W/${etag}`, '*'])
      expect(call('/en/posts/etag', { 'if-none-match': header }).status).toBe(304);
    for (const header of ['"other"', `${etag.slice(0, -1)}x"`])
      expect(call('/en/posts/etag', { 'if-none-match': header }).status).toBe(200);
  });

  it('sends gzip only where Accept-Encoding allows it', () => {
    save(KEY('/en/posts/zip'), page('<p>zip</p>'), { revalidate: 60, expire: 3600 });
    const encoding = (header: string) =>
      call('/en/posts/zip', { 'accept-encoding': header }).headers['content-encoding'];
    expect(encoding('gzip;q=0, *')).toBeUndefined();
    expect(encoding('gzip;q=0')).toBeUndefined();
    expect(encoding('identity')).toBeUndefined();
    expect(encoding('br;q=1, gzip;q=0.5')).toBe('gzip');
    expect(encoding('*')).toBe('gzip');
  });

  it('stays off until the start-up contract check has passed', () => {
    save(KEY('/en/posts/off'), page('<p>x</p>'), { revalidate: 60, expire: 3600 });
    serving.fastPath = false;
    expect(call('/en/posts/off').served).toBe(false);
    serving.fastPath = true;
    expect(call('/en/posts/off').served).toBe(true);
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
    save(KEY('/en/posts/gone'), page('<p>x</p>'), { revalidate: 60, expire: 3600 });
    serving.store.clear();
    expect(call('/en/posts/gone').served).toBe(false);
  });
});
