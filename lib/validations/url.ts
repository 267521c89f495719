/** Longest address accepted or rendered; bounds what an address can add to a page or a feed. */
export const URL_MAX = 2048;
/** An uploaded file, as the media route names it. */
const LOCAL_MEDIA = /^\/media\/[a-z0-9]+\.(?:png|jpg|webp|gif)$/;
// The parser would silently drop or trim these; an address that needs them is refused instead.
const INVISIBLE = /[\s\u0000-\u001f\u007f]/;

/**
 * An absolute http(s) address as browsers read it (the WHATWG URL parser: host syntax, port
 * 0–65535), without credentials, at most URL_MAX long; null for anything else.
 */
export function parseHttpUrl(value: string): URL | null {
  if (value.length > URL_MAX || INVISIBLE.test(value) || !URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password || url.href.length > URL_MAX) return null;
  return url;
}

/** An image block's address, normalized: an upload (/media/…) or an absolute http(s) URL; else null. */
export function imageSrc(value: string): string | null {
  if (LOCAL_MEDIA.test(value)) return value;
  return parseHttpUrl(value)?.href ?? null;
}
