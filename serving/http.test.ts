import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, noneMatchHits } from './http.mjs';

const opaqueTag = fc
  .string({ unit: fc.constantFrom(...'abcXYZ019-_+/='.split('')), minLength: 1, maxLength: 12 })
  .map((s) => `"${s}"`);

describe('If-None-Match (RFC 9110 §13.1.2)', () => {
  it('matches our tag anywhere in a list, weak or strong, and * always', () => {
    fc.assert(
      fc.property(
        opaqueTag,
        fc.array(opaqueTag),
        fc.boolean(),
        fc.nat(),
        (etag, others, weak, at) => {
          const list = others.filter((o) => o !== etag);
          list.splice(at % (list.length + 1), 0, weak ? `W/${etag}` : etag);
          expect(noneMatchHits(list.join(' , '), etag)).toBe(true);
          expect(noneMatchHits(list.filter((o) => !o.endsWith(etag)).join(','), etag)).toBe(false);
        },
      ),
    );
    expect(noneMatchHits('*', '"a"')).toBe(true);
    expect(noneMatchHits(undefined, '"a"')).toBe(false);
    expect(noneMatchHits('"a"', 'W/"a"')).toBe(true);
  });
});

describe('Accept-Encoding (RFC 9110 §12.5.3)', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['GZIP;Q=0.5', true],
    ['x-gzip', true],
    ['*', true],
    ['br, *;q=0.1', true],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['gzip;q=0, *', false],
    ['*;q=0', false],
    ['br, *;q=0', false],
    ['identity', false],
    ['', false],
    ['gzip;q=2', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('never accepts gzip that the header gives weight 0, whatever else it lists', () => {
    const coding = fc.constantFrom('br', 'deflate', 'identity', 'zstd', '*');
    const q = fc.constantFrom('', ';q=1', ';q=0.5', ';q=0');
    fc.assert(
      fc.property(fc.array(fc.tuple(coding, q)), fc.nat(), (items, at) => {
        const list = items.map(([c, w]) => c + w);
        list.splice(at % (list.length + 1), 0, 'gzip;q=0');
        expect(acceptsGzip(list.join(', '))).toBe(false);
      }),
    );
  });
});
