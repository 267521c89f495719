const NEXT_MAX = 500;
// Only used to resolve a path; never sent anywhere.
const HERE = 'http://taiyaku.invalid';

/**
 * Where to go after signing in: a path on this site only (no "//host" or "\" tricks, no scheme),
 * else the admin overview. Relative on purpose: Auth.js would rewrite an absolute 127.0.0.1 URL.
 * The result is the URL parser's serialization, so non-ASCII characters come out percent-encoded:
 * a raw "/日本語" is not a valid Location header and would make the redirect fail.
 */
export function safeNext(next: unknown, locale: string): string {
  const fallback = `/${locale}/admin`;
  if (typeof next !== 'string' || next.length > NEXT_MAX) return fallback;
  if (!/^\/(?![/\\])/.test(next) || /[\\\s]/.test(next) || /[\u0000-\u001f\u007f]/.test(next))
    return fallback;
  if (!URL.canParse(next, HERE)) return fallback;
  const url = new URL(next, HERE);
  if (url.origin !== HERE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.length <= NEXT_MAX * 3 ? path : fallback;
}
