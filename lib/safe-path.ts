const PATH_MAX = 500;
// Only used to resolve a path; never sent anywhere.
const HERE = 'http://taiyaku.invalid';
// What a Location header may carry and a browser reads as a path on this site: one "/" first, never
// "//" or "/\" (protocol-relative: another host), printable ASCII only.
const SAME_SITE_PATH = /^\/(?![/\\])[\x21-\x7e]*$/;

/**
 * A redirect target on this site, or null. The text is normalised first (the URL parser resolves
 * dot segments and "%2e", percent-encodes non-ASCII) and the RESULT is checked: "/.//evil" and
 * "/a/..//evil" are paths in the raw text but "//evil" (another host) once resolved.
 * Whitespace, control characters and backslashes are refused outright: browsers drop or rewrite
 * them, so what they mean depends on who reads them.
 */
export function sameSitePath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > PATH_MAX) return null;
  if (!next.startsWith('/') || /[\\\s\u0000-\u001f\u007f-\u009f]/.test(next)) return null;
  if (!URL.canParse(next, HERE)) return null;
  const url = new URL(next, HERE);
  if (url.origin !== HERE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.length <= PATH_MAX * 3 && SAME_SITE_PATH.test(path) ? path : null;
}
