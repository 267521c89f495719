import { afterEach, describe, expect, it, vi } from 'vitest';

// env() validates once per process: each case loads the modules afresh.
async function siteUrlWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  const { siteUrl } = await import('./site-url');
  return siteUrl;
}

afterEach(() => vi.unstubAllEnvs());

describe('siteUrl', () => {
  it('is SITE_URL, normalized to its origin', async () => {
    expect(
      (await siteUrlWith({ NODE_ENV: 'production', SITE_URL: 'https://Blog.Example:443/' }))(),
    ).toBe('https://blog.example');
    expect(
      (await siteUrlWith({ NODE_ENV: 'production', SITE_URL: 'http://127.0.0.1:8080' }))(),
    ).toBe('http://127.0.0.1:8080');
  });

  it('is required to serve in production, but not to build', async () => {
    expect(await siteUrlWith({ NODE_ENV: 'production', SITE_URL: '' })).toThrow(
      /SITE_URL is not set/,
    );
    expect(await siteUrlWith({ NODE_ENV: 'production', SITE_URL: undefined })).toThrow(
      /SITE_URL=https:\/\/blog\.example/,
    );
    expect(
      (
        await siteUrlWith({
          NODE_ENV: 'production',
          NEXT_PHASE: 'phase-production-build',
          SITE_URL: undefined,
          PORT: undefined,
        })
      )(),
    ).toBe('http://localhost:3000');
  });

  it('falls back to this machine in development, whatever host a request names', async () => {
    expect(
      (await siteUrlWith({ NODE_ENV: 'development', SITE_URL: undefined, PORT: '4100' }))(),
    ).toBe('http://localhost:4100');
  });

  it('refuses a SITE_URL that is not an http(s) origin, naming the variable', async () => {
    for (const bad of [
      'https://blog.example/blog',
      'https://blog.example:99999',
      'blog.example',
      'ftp://blog.example',
      'https://blog.example/?x=1',
      'https://blog.example#top',
    ]) {
      expect(await siteUrlWith({ NODE_ENV: 'production', SITE_URL: bad }), bad).toThrow(
        /SITE_URL: SITE_URL must be the http\(s\) origin/,
      );
    }
  });
});
