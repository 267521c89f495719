// The contract test: what the page cache assumes about Next (next-internals.mjs). The same check
// runs at start-up on a real render (contract.mjs); here it runs on entries of the shape Next 16
// stores and on doctored ones, and against the installed Next's own modules.
import { describe, expect, it } from 'vitest';
import { hashPolicy } from './csp.mjs';
import {
  areTagsExpired,
  checkPageEntry,
  etagOf,
  NEXT_VARY,
  pagePathOfKey,
  tagsManifest,
} from './next-internals.mjs';

const html =
  '<!DOCTYPE html><html><body><script>self.__next_f.push([1,"x"])</script></body></html>';
const real = () => {
  const policy = hashPolicy(html);
  return {
    path: '/en',
    key: '/route-cache/APP_PAGE/aBc123/$/en' as string | undefined,
    value: {
      kind: 'APP_PAGE',
      html,
      rscData: Buffer.from('0:{}'),
      status: 200,
      headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/en', 'content-security-policy': policy },
    } as Record<string, unknown>,
    response: {
      'content-security-policy': policy,
      etag: etagOf(html),
      'x-nextjs-cache': 'MISS',
      vary: NEXT_VARY,
    } as Record<string, string | undefined>,
  };
};

describe('the page cache contract with Next', () => {
  it('holds for an entry of the shape Next stores', () => {
    expect(checkPageEntry(real())).toEqual([]);
  });

  it.each([
    ['a key that no longer names the path', (e: ReturnType<typeof real>) => void (e.key = '/en')],
    ['no entry stored', (e: ReturnType<typeof real>) => void (e.key = undefined)],
    ['a renamed kind', (e: ReturnType<typeof real>) => void (e.value.kind = 'PAGE')],
    ['HTML as a buffer', (e: ReturnType<typeof real>) => void (e.value.html = Buffer.from(html))],
    ['tags moved', (e: ReturnType<typeof real>) => void (e.value.headers = {})],
    [
      'the policy not sent',
      (e: ReturnType<typeof real>) => delete e.response['content-security-policy'],
    ],
    ['another ETag', (e: ReturnType<typeof real>) => void (e.response.etag = '"abc"')],
    ['no cache header', (e: ReturnType<typeof real>) => delete e.response['x-nextjs-cache']],
    [
      'another Vary',
      (e: ReturnType<typeof real>) => void (e.response.vary = 'rsc, Accept-Encoding'),
    ],
  ])('fails loudly on a doctored entry: %s', (_, doctor) => {
    const entry = real();
    doctor(entry);
    expect(checkPageEntry(entry)).not.toEqual([]);
  });

  it('finds the installed Next modules it uses, with the behaviour it expects', () => {
    expect(etagOf('abc')).toMatch(/^"[0-9a-z]+"$/);
    expect(etagOf('abc')).toBe(etagOf('abc'));
    expect(etagOf('abc')).not.toBe(etagOf('abd'));
    expect(typeof tagsManifest.get).toBe('function');
    const tag = `contract-${Date.now()}`;
    expect(areTagsExpired([tag], Date.now() - 10)).toBe(false);
    tagsManifest.set(tag, { expired: Date.now() });
    expect(areTagsExpired([tag], Date.now() - 10)).toBe(true);
    expect(pagePathOfKey('/route-cache/APP_PAGE/x/$/ja/posts/a')).toBe('/ja/posts/a');
  });
});
