import { describe, expect, it } from 'vitest';
import { clientAddress, DIRECT_CLIENT, isSameOrigin } from './request-meta';

const headers = (xff?: string, realIp?: string) =>
  new Headers({
    ...(xff !== undefined && { 'x-forwarded-for': xff }),
    ...(realIp && { 'x-real-ip': realIp }),
  });

describe('client address', () => {
  it('behind a trusted proxy is the last X-Forwarded-For entry: the one the proxy wrote, not the client', () => {
    expect(clientAddress(headers('127.0.0.1'), true)).toBe('127.0.0.1');
    expect(clientAddress(headers('6.6.6.6, 203.0.113.7'), true)).toBe('203.0.113.7');
    expect(clientAddress(headers(' 6.6.6.6 ,2001:db8::1 '), true)).toBe('2001:db8::1');
  });

  it('without a trusted proxy is one shared client, whatever forwarded headers say', () => {
    for (const [xff, realIp] of [
      ['203.0.113.7', undefined],
      ['6.6.6.6, 7.7.7.7', '8.8.8.8'],
      [undefined, '198.51.100.2'],
      [undefined, undefined],
    ] as const) {
      expect(clientAddress(headers(xff, realIp), false)).toBe(DIRECT_CLIENT);
    }
  });

  it('never takes X-Real-IP, and an empty header is the shared client too', () => {
    expect(clientAddress(headers(undefined, '198.51.100.2'), true)).toBe(DIRECT_CLIENT);
    expect(clientAddress(headers(' , '), true)).toBe(DIRECT_CLIENT);
  });

  it('reads TRUST_PROXY when not told (0 by default)', () => {
    expect(clientAddress(headers('203.0.113.7'))).toBe(DIRECT_CLIENT);
  });
});

const check = (h: Record<string, string>) =>
  isSameOrigin(new Headers({ host: 'blog.example:3000', ...h }));

describe('same-origin check for writes', () => {
  it('lets in our own origin and clients that are not browsers', () => {
    expect(check({ origin: 'http://blog.example:3000', 'sec-fetch-site': 'same-origin' })).toBe(
      true,
    );
    expect(check({})).toBe(true);
    expect(check({ 'sec-fetch-site': 'none' })).toBe(true);
  });

  it('refuses other sites, opaque origins and cross-site fetches', () => {
    expect(check({ origin: 'https://evil.example' })).toBe(false);
    expect(check({ origin: 'http://blog.example:3001' })).toBe(false);
    expect(check({ origin: 'null' })).toBe(false);
    expect(check({ 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(check({ 'sec-fetch-site': 'same-site', origin: 'http://blog.example:3000' })).toBe(
      false,
    );
  });

  it('does not take X-Forwarded-Host from a client when no proxy is trusted', () => {
    expect(check({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })).toBe(
      false,
    );
  });
});
