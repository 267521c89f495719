import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './origin';

const check = (headers: Record<string, string>) => isSameOrigin(new Headers({ host: 'blog.example:3000', ...headers }));

describe('same-origin check for writes', () => {
  it('lets in our own origin and clients that are not browsers', () => {
    expect(check({ origin: 'http://blog.example:3000', 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(check({})).toBe(true);
    expect(check({ 'sec-fetch-site': 'none' })).toBe(true);
  });

  it('refuses other sites, opaque origins and cross-site fetches', () => {
    expect(check({ origin: 'https://evil.example' })).toBe(false);
    expect(check({ origin: 'http://blog.example:3001' })).toBe(false);
    expect(check({ origin: 'null' })).toBe(false);
    expect(check({ 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(check({ 'sec-fetch-site': 'same-site', origin: 'http://blog.example:3000' })).toBe(false);
  });

  it('does not take X-Forwarded-Host from a client when no proxy is trusted', () => {
    expect(check({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })).toBe(false);
  });
});
