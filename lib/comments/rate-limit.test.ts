import { describe, expect, it } from 'vitest';
import {
  commentRateLimit,
  commentThrottle,
  parseRateLimit,
  SHARED_CLIENT_FACTOR,
} from './rate-limit';

describe('comment rate limit', () => {
  it('parses "N/amount+unit" and "off"', () => {
    expect(parseRateLimit('5/10m')).toEqual({ limit: 5, windowMs: 600_000 });
    expect(parseRateLimit('30/1h')).toEqual({ limit: 30, windowMs: 3_600_000 });
    expect(parseRateLimit(' 2/30S ')).toEqual({ limit: 2, windowMs: 30_000 });
    expect(parseRateLimit('off')).toBeNull();
    for (const bad of ['', '5', '5/m', '0/10m', '5/0m', '-1/10m', '5/10d', 'five/10m'])
      expect(parseRateLimit(bad), bad).toBeUndefined();
  });

  it('the environment wins over the setting; a bad setting falls back to 5 per 10 minutes', () => {
    expect(commentRateLimit('5/10m', 'off')).toBeNull();
    expect(commentRateLimit('off', '100/1m')).toEqual({ limit: 100, windowMs: 60_000 });
    expect(commentRateLimit('3/1h')).toEqual({ limit: 3, windowMs: 3_600_000 });
    expect(commentRateLimit('nonsense')).toEqual({ limit: 5, windowMs: 600_000 });
    expect(commentRateLimit('3/1h', 'garbage')).toEqual({ limit: 3, windowMs: 3_600_000 });
  });

  it('per client behind a trusted proxy; a much larger site-wide ceiling without one; never for signed-in staff', () => {
    const perClient = { limit: 5, windowMs: 600_000 };
    expect(
      commentThrottle(perClient, { signedIn: false, trustProxy: true, client: 'abc' }),
    ).toEqual({ bucket: 'comment:abc', limit: 5, windowMs: 600_000 });
    expect(
      commentThrottle(perClient, { signedIn: false, trustProxy: false, client: 'abc' }),
    ).toEqual({ bucket: 'comment:site', limit: 5 * SHARED_CLIENT_FACTOR, windowMs: 600_000 });
    expect(SHARED_CLIENT_FACTOR).toBeGreaterThanOrEqual(10);
    for (const trustProxy of [true, false])
      expect(commentThrottle(perClient, { signedIn: true, trustProxy, client: 'abc' })).toBeNull();
    expect(commentThrottle(null, { signedIn: false, trustProxy: false, client: 'abc' })).toBeNull();
  });
});
