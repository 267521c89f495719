import { describe, expect, it } from 'vitest';
import { clientIp } from './request-meta';

const ip = (xff?: string, realIp?: string) =>
  clientIp(new Headers({ ...(xff !== undefined && { 'x-forwarded-for': xff }), ...(realIp && { 'x-real-ip': realIp }) }));

describe('client address', () => {
  it('is the last X-Forwarded-For entry: the one our proxy (or next start) wrote, not the client', () => {
    expect(ip('127.0.0.1')).toBe('127.0.0.1');
    expect(ip('6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    expect(ip(' 6.6.6.6 ,2001:db8::1 ')).toBe('2001:db8::1');
  });

  it('falls back to X-Real-IP, then to one shared "unknown"', () => {
    expect(ip(undefined, '198.51.100.2')).toBe('198.51.100.2');
    expect(ip(' , ')).toBe('unknown');
  });
});
