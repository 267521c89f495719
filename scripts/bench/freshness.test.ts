import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, lacks, shows } from './freshness';

// A page whose text the test changes, and a cached copy that a broken app would keep serving.
let live = 'Title one';
let served = live;
let caching = false;
const server = http.createServer((_request, response) => {
  if (!caching) served = live;
  response
    .writeHead(200, { 'content-type': 'text/html', 'x-nextjs-cache': caching ? 'HIT' : 'MISS' })
    .end(`<h1>${served}</h1>`);
});
let baseUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('visible on the very next GET', () => {
  it('passes when the next GET shows the change', async () => {
    caching = false;
    const result = await check(
      'rename',
      baseUrl,
      [{ path: '/p', what: 'shows it', test: shows('Title two') }],
      async () => ((live = 'Title two'), true),
    );
    expect(result.ok).toBe(true);
    expect(result.detail).toContain('/p shows it (200, MISS)');
  });

  it('fails when the page still serves its old copy', async () => {
    caching = true;
    const result = await check(
      'rename',
      baseUrl,
      [{ path: '/p', what: 'shows it', test: shows('Title three') }],
      async () => ((live = 'Title three'), true),
    );
    expect(result.ok).toBe(false);
    expect(result.detail).toContain('/p NOT shows it (200, HIT)');
    expect(result.detail).toContain('Before: /p 200 HIT');
  });

  it('fails when the change itself fails, without looking at pages', async () => {
    const result = await check(
      'save',
      baseUrl,
      [{ path: '/p', what: 'shows it', test: () => true }],
      async () => ({ ok: false, error: 'forbidden' }),
    );
    expect(result).toMatchObject({ ok: false, detail: expect.stringContaining('forbidden') });
    const thrown = await check(
      'save',
      baseUrl,
      [{ path: '/p', what: 'shows it', test: () => true }],
      async () => {
        throw new Error('socket hang up');
      },
    );
    expect(thrown).toMatchObject({ ok: false, detail: expect.stringContaining('socket hang up') });
  });

  it('matches text as React escapes it', () => {
    const page = { status: 200, html: '<p>Tom &amp; Jerry &lt;3</p>', cache: null };
    expect(shows('Tom & Jerry <3')(page)).toBe(true);
    expect(lacks('Tom & Jerry <3')(page)).toBe(false);
    expect(shows('Tom')({ ...page, status: 404 })).toBe(false);
  });
});

describe('a change to pages stale by time', () => {
  it('leaves the primed pages alone for ageSeconds before the change', async () => {
    caching = false;
    let changedAt = 0;
    const started = Date.now();
    const result = await check(
      'aged',
      baseUrl,
      [{ path: '/p', what: 'shows it', test: shows('Title four') }],
      async () => {
        changedAt = Date.now();
        live = 'Title four';
        return true;
      },
      { ageSeconds: 0.3 },
    );
    expect(changedAt - started).toBeGreaterThanOrEqual(300);
    expect(result).toMatchObject({
      ok: true,
      detail: expect.stringContaining('then 0.3 s untouched'),
    });
  });
});
