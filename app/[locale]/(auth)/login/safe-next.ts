/**
 * Where to go after signing in: a path on this site only (no "//host" or "\" tricks, no scheme),
 * else the admin overview. Relative on purpose: Auth.js would rewrite an absolute 127.0.0.1 URL.
 */
export function safeNext(next: unknown, locale: string): string {
  const fallback = `/${locale}/admin`;
  if (typeof next !== 'string' || next.length > 500) return fallback;
  if (!/^\/(?![/\\])/.test(next) || /[\\\s]/.test(next) || /[\u0000-\u001f]/.test(next)) return fallback;
  return next;
}
