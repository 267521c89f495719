import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageSrc, parseHttpUrl, URL_MAX } from './url';

describe('parseHttpUrl', () => {
  it('accepts absolute http(s) addresses, normalized by the WHATWG parser', () => {
    expect(parseHttpUrl('https://example.com:443/x.png')?.href).toBe('https://example.com/x.png');
    expect(parseHttpUrl('http://例え.jp/画像.png')?.href).toBe(
      'http://xn--r8jz45g.jp/%E7%94%BB%E5%83%8F.png',
    );
    expect(parseHttpUrl('https://example.com:65535/x')?.port).toBe('65535');
  });

  it('refuses what a regex let through: bad ports, bad hosts, other schemes, credentials, whitespace', () => {
    for (const bad of [
      'https://example.com:99999/x.png',
      'https://example.com:-1/x.png',
      'http://exa mple.com/x',
      'https://[::1/x',
      'https://%zz/x',
      'http://',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'ftp://example.com/x.png',
      'https://user:pass@example.com/x.png',
      ' https://example.com/x.png',
      'https://example.com/a\tb.png',
      '/relative.png',
      `https://example.com/${'x'.repeat(URL_MAX)}`,
    ]) {
      expect(parseHttpUrl(bad), bad).toBeNull();
    }
  });

  it('never throws, and whatever it accepts serializes back to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc
            .tuple(fc.webUrl(), fc.nat(200_000))
            .map(([u, port]) => u.replace(/^(\w+:\/\/[^/?#]+)/, `$1:${port}`)),
        ),
        (value) => {
          const url = parseHttpUrl(value);
          if (url) expect(parseHttpUrl(url.href)?.href).toBe(url.href);
        },
      ),
    );
  });
});

describe('imageSrc', () => {
  it('keeps uploads as they are and normalizes web addresses', () => {
    expect(imageSrc('/media/abc123.png')).toBe('/media/abc123.png');
    expect(imageSrc('HTTPS://Example.COM/a.png')).toBe('https://example.com/a.png');
  });

  it('refuses other local paths and bad addresses', () => {
    for (const bad of [
      '/media/../taiyaku.db',
      '/media/x.svg',
      '/etc/passwd',
      'https://example.com:99999/x.png',
      '',
    ])
      expect(imageSrc(bad), bad).toBeNull();
  });
});
