// Old addresses as one key: an old blog's links come as full URLs (any host: the blog moved) or
// paths, percent-encoded or not, with or without a trailing slash. The key keeps only the path
// (and WordPress's `?p=ID`), so every spelling of one link finds the same row.

export const OLD_PATH_MAX = 2000;

function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** The `?p=ID` of a WordPress shortlink (`/?p=12`, `/index.php?p=12`), else null. */
function shortlinkId(pathname: string, search: URLSearchParams): string | null {
  const id = search.get('p') ?? search.get('page_id');
  if (!id || !/^[0-9]{1,12}$/.test(id)) return null;
  return pathname === '/' || pathname === '/index.php' ? String(Number(id)) : null;
}

/**
 * The stored key of an old link, or null when it is not one we keep (empty, the root itself,
 * control characters, too long). Paths stay case-sensitive, as servers treat them.
 */
export function normalizeOldPath(link: string): string | null {
  const raw = link.trim();
  if (!raw || raw.length > OLD_PATH_MAX) return null;
  let url: URL;
  try {
    url = new URL(raw, 'http://old.invalid');
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const id = shortlinkId(url.pathname, url.searchParams);
  if (id) return `/?p=${id}`;
  const path = decoded(url.pathname.replace(/\/{2,}/g, '/'));
  if (path === null || /[\u0000-\u001f\u007f]/.test(path)) return null;
  const trimmed = path.normalize('NFC').replace(/[\s/]+$/, '');
  return trimmed && trimmed.length <= OLD_PATH_MAX ? trimmed : null;
}

/**
 * Where a redirect may point when it names a path: a path on this site only (`/ja/about`), never
 * another origin (`//evil.test`, `/\evil.test`, `https://…`).
 */
export function isLocalTarget(path: string): boolean {
  return /^\/(?![/\\])[^\s\u0000-\u001f\u007f\\]*$/.test(path) && path.length <= OLD_PATH_MAX;
}

/**
 * A local target as a `Location` value: a header holds bytes, so characters beyond ASCII are
 * percent-encoded (UTF-8), as browsers send them; `/ja/お茶` as typed threw, a 500. Null for text
 * no URL can hold (a lone surrogate).
 */
export function locationHeader(path: string): string | null {
  try {
    return path.replace(/[^\x21-\x7e]+/g, encodeURI);
  } catch {
    return null;
  }
}
