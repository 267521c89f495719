import { describe, expect, it } from 'vitest';
import { REDIRECT_TRICKS } from '@/lib/safe-path-corpus';
import { sameSiteRedirect } from './redirect';

const baseUrl = 'http://blog.example:3000';

describe('sameSiteRedirect', () => {
  it('keeps paths and absolute URLs of this site', () => {
    expect(sameSiteRedirect({ url: '/en/admin?x=1', baseUrl })).toBe(`${baseUrl}/en/admin?x=1`);
    expect(sameSiteRedirect({ url: `${baseUrl}/ja/admin#a`, baseUrl })).toBe(
      `${baseUrl}/ja/admin#a`,
    );
  });

  it.each(REDIRECT_TRICKS.map((t) => [JSON.stringify(t), t]))(
    'stays on this site for %s',
    (_label, url) => {
      const answer = new URL(sameSiteRedirect({ url, baseUrl }));
      expect(answer.origin).toBe(baseUrl);
      expect(answer.pathname).not.toMatch(/^\/[/\\]/);
    },
  );

  it('sends another host, or a same-host URL that hides one, home', () => {
    expect(sameSiteRedirect({ url: 'https://evil.example/x', baseUrl })).toBe(`${baseUrl}/`);
    expect(sameSiteRedirect({ url: `${baseUrl}/.//evil.example`, baseUrl })).toBe(`${baseUrl}/`);
  });
});
