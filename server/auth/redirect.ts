import { sameSitePath } from '@/lib/safe-path';

/**
 * Auth.js's redirect callback (callbackUrl, redirectTo): the same rule as the sign-in page's
 * `next`. An absolute URL of this origin is reduced to its path and checked like any other;
 * anything else (another host, "//host", a bare word the default callback would throw on) goes home.
 */
export function sameSiteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const origin = new URL(baseUrl).origin;
  let path: string | null = null;
  if (url.startsWith('/')) path = sameSitePath(url);
  else if (URL.canParse(url) && new URL(url).origin === origin) {
    const { pathname, search, hash } = new URL(url);
    path = sameSitePath(`${pathname}${search}${hash}`);
  }
  return `${origin}${path ?? '/'}`;
}
