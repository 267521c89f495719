import { sameSitePath } from '@/lib/safe-path';

/**
 * Where to go after signing in: a path on this site (see sameSitePath), else the admin overview.
 * Relative on purpose: Auth.js would rewrite an absolute 127.0.0.1 URL. Non-ASCII characters come
 * out percent-encoded: a raw "/日本語" is not a valid Location header and would fail the redirect.
 */
export function safeNext(next: unknown, locale: string): string {
  return sameSitePath(next) ?? `/${locale}/admin`;
}
