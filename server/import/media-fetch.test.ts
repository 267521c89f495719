import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from './media-address';
import { fetchMedia, type FetchOptions } from './media-fetch';
import { startOldSite, testImages, type OldSite } from './media-copy-origin.test-helper';

let site: OldSite;
beforeAll(async () => {
  site = await startOldSite();
});
afterAll(() => site.close());

const LOCAL: FetchOptions = { maxBytes: 100_000, timeoutMs: 1_000, allowPrivate: true };
const get = (path: string, opts: Partial<FetchOptions> = {}) =>
  fetchMedia(site.url(path), { ...LOCAL, ...opts });

describe('fetchMedia', () => {
  it('downloads a file as served', async () => {
    const { png } = await testImages();
    expect(await get('/img/a.png')).toEqual({ ok: true, bytes: png });
  });

  it('reports the HTTP status of an error answer', async () => {
    expect(await get('/missing.png')).toEqual({ ok: false, reason: 'httpStatus', status: 404 });
  });

  it('stops an endless body at the limit while it streams, and trusts no declared length', async () => {
    const started = Date.now();
    expect(await get('/endless.png')).toEqual({ ok: false, reason: 'tooLarge' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await get('/declared-big.png')).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('gives up on a slow server at the deadline', async () => {
    const started = Date.now();
    expect(await get('/slow.png', { timeoutMs: 300 })).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('follows a few redirects, and no further or to another scheme', async () => {
    expect(await get('/moved.png')).toMatchObject({ ok: true });
    expect(site.hits.get('/img/moved-target.png')).toBe(1);
    expect(await get('/loop.png')).toEqual({ ok: false, reason: 'tooManyRedirects' });
    expect(site.hits.get('/loop.png')).toBe(4);
    expect(await get('/to-file.png')).toEqual({ ok: false, reason: 'unsupportedScheme' });
  });

  it('refuses other schemes and, by default, this machine and private networks', async () => {
    const opts = { ...LOCAL, allowPrivate: false };
    expect(await fetchMedia('ftp://example.org/a.png', opts)).toMatchObject({
      reason: 'unsupportedScheme',
    });
    const before = site.hits.get('/img/b.png') ?? 0;
    expect(await get('/img/b.png', { allowPrivate: false })).toMatchObject({
      reason: 'refusedAddress',
    });
    // A name is refused after it resolves, on the address the connection would use.
    const byName = site.url('/img/b.png').replace('127.0.0.1', 'localhost');
    expect(await fetchMedia(byName, opts)).toMatchObject({ reason: 'refusedAddress' });
    for (const host of ['[::1]', '10.1.2.3', '169.254.169.254', '[::ffff:127.0.0.1]', '0.0.0.0'])
      expect(await fetchMedia(`http://${host}/a.png`, opts)).toMatchObject({
        reason: 'refusedAddress',
      });
    expect(site.hits.get('/img/b.png') ?? 0).toBe(before);
  });
});

describe('isPublicAddress', () => {
  it.each([
    ['93.184.215.14', true],
    ['2606:2800:21f:cb07:6820:80da:af6b:8b2c', true],
    ['127.0.0.1', false],
    ['10.0.0.8', false],
    ['172.20.1.1', false],
    ['192.168.1.1', false],
    ['100.64.0.1', false],
    ['169.254.169.254', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['ff02::1', false],
    ['::ffff:7f00:1', false],
    ['64:ff9b::a00:1', false],
    ['2002:a00:1::', false],
    ['not an address', false],
  ])('%s → %s', (ip, expected) => expect(isPublicAddress(ip)).toBe(expected));
});
