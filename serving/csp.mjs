// The Content-Security-Policy of every page, in one place. Plain JavaScript: the page cache
// handler (loaded by Next's server outside the bundle) and proxy.ts both build policies here.
import { createHash } from 'node:crypto';

/** For responses that are not pages (API, feeds, media, redirects): nothing may load or run. */
export const NOTHING_POLICY =
  "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const COMMON = [
  "default-src 'self'",
  "style-src-attr 'unsafe-inline'",
  // Imported posts may show images from other sites.
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * A per-request policy for pages rendered per request (staff pages, search, form answers):
 * Next puts the nonce on its scripts and 'strict-dynamic' lets them load their chunks.
 * @param {string} nonce
 * @param {boolean} dev React needs eval (and injected styles) only in development.
 */
export function noncePolicy(nonce, dev = false) {
  return [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    ...COMMON,
  ].join('; ');
}

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hashes of a rendered page's inline scripts and styles. The HTML is our own render: React
 * escapes every text it writes, so a `<script` here is always one that Next or we put there.
 * @param {string} html
 * @returns {{ scripts: string[]; styles: string[] }}
 */
export function inlineHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const [, tag, attributes, body] of html.matchAll(INLINE)) {
    if (tag.toLowerCase() === 'style') styles.add(hash(body));
    else if (!/\bsrc\s*=/i.test(attributes)) scripts.add(hash(body));
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The policy of a cached page: its own inline scripts and styles by hash, so the same bytes can be
 * served to everybody with no 'unsafe-inline' and no per-request nonce. Chunks load from 'self'.
 * @param {string} html
 */
export function hashPolicy(html) {
  const { scripts, styles } = inlineHashes(html);
  const frames = markedOrigins(html, 'frame-src');
  const media = markedOrigins(html, 'media-src');
  return [
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    ...(frames.length ? [`frame-src ${frames.join(' ')}`] : []),
    ...(media.length ? [`media-src 'self' ${media.join(' ')}`] : []),
    ...COMMON,
  ].join('; ');
}

// An embed's click-to-load player marks the one origin it will frame (`data-frame-src`; the
// allowlist is lib/blocks/embed.ts), a linked audio or video file its origin (`data-media-src`).
// React escapes every text and attribute it writes, so only those elements can put these
// attributes here; the shape is checked all the same: a bare https origin, nothing more.
const MARKS = {
  'frame-src': /\sdata-frame-src="(https:\/\/[a-z0-9.-]+(?::[0-9]{1,5})?)"/g,
  'media-src': /\sdata-media-src="(https:\/\/[a-z0-9.-]+(?::[0-9]{1,5})?)"/g,
};

/**
 * The origins a page marks for one directive: none on a page without an embed or linked media,
 * so such a page allows no third-party frame or media at all.
 * @param {string} html
 * @param {keyof typeof MARKS} directive
 */
export function markedOrigins(html, directive) {
  return [...new Set([...html.matchAll(MARKS[directive])].map((m) => m[1]))].sort();
}
