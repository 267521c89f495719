import { GALLERY_MAX, mediaSrc } from '@/lib/blocks/media';
import { excerpt } from '../mt/dropped';
import { flush, pushBlock, type BodyState } from '../mt/html-blocks';
import { beginCapture, endCapture, type Capture } from '../mt/html-capture';
import type { At } from '../mt/html-walk';
import { imageSrc } from '../mt/urls';
import { galleryUrls, type WxrAttachment } from '../wxr/attachments';
import { closerCounts, KNOWN_SHORTCODES, splitShortcodes, type Shortcode } from './shortcodes';

/** What converting a WordPress post needs beyond its HTML. */
export type WpOptions = {
  postId: string;
  attachments: Map<string, WxrAttachment>;
  /** Footnote id → text (Markdown), from the `footnotes` postmeta. */
  footnotes: Map<string, string>;
};
export type WpContext = WpOptions & { closers: Map<string, number> };

export const wpContext = (opts: WpOptions, html: string): WpContext => ({
  ...opts,
  closers: closerCounts(html),
});

// Gutenberg blocks whose HTML is one media element; the others' HTML is converted as HTML is.
const MEDIA_BLOCKS: Record<string, Capture['kind']> = {
  image: 'image',
  gallery: 'gallery',
  embed: 'embed',
  audio: 'audio',
  video: 'video',
};
const BLOCK_COMMENT =
  /^\s*(\/?)wp:([a-z][a-z0-9_-]*(?:\/[a-z0-9_-]+)?)\s*(\{[\s\S]*\})?\s*(\/?)\s*$/;

function jsonUrl(json: string | undefined): string | null {
  try {
    const url = (JSON.parse(json ?? '{}') as { url?: unknown }).url;
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

/** A Gutenberg block comment: media blocks are read whole (`wp:embed`'s address from its attributes). */
export function wpComment(s: BodyState, data: string, at: At) {
  const m = BLOCK_COMMENT.exec(data);
  if (!m || m[4]) return;
  const [, closing, name, json] = m;
  const kind = MEDIA_BLOCKS[name!] ?? (name!.startsWith('core-embed/') ? 'embed' : undefined);
  if (!kind) return;
  if (closing) {
    if (s.capture?.end === `/wp:${name}`) endCapture(s);
    return;
  }
  // An image block inside a gallery is one of its images; in a table or list, the HTML as it is.
  if (s.capture || s.table || s.list.frames.length) return;
  const url = kind === 'embed' ? jsonUrl(json) : null;
  beginCapture(s, { kind, end: `/wp:${name}`, url, caption: '', at });
}

const AV_KEYS = {
  audio: ['src', 'mp3', 'm4a', 'ogg', 'wav', 'wma'],
  video: ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv'],
};

function notImported(s: BodyState, code: Shortcode, at: At, why = '') {
  s.dropped.push({
    element: `[${code.name}]`,
    reason: 'notImported',
    excerpt: excerpt(why ? `${why}: ${code.raw}` : code.raw),
    ...at,
  });
}

function gallery(s: BodyState, wp: WpContext, code: Shortcode, at: At) {
  const { urls, missing } = galleryUrls(code.attrs, wp.attachments, wp.postId);
  if (missing.length) notImported(s, code, at, `not in the export: ${missing.join(', ')}`);
  const srcs = urls.flatMap((u) => imageSrc(u) ?? []);
  if (srcs.length < urls.length) notImported(s, code, at, 'an image address that cannot be kept');
  flush(s);
  if (srcs.length === 1)
    pushBlock(s, { kind: 'image', src: srcs[0]!, texts: { [s.language]: null } });
  else
    for (let k = 0; k < srcs.length; k += GALLERY_MAX)
      pushBlock(s, {
        kind: 'gallery',
        src: srcs.slice(k, k + GALLERY_MAX).join('\n'),
        texts: { [s.language]: null },
      });
}

function media(s: BodyState, kind: 'audio' | 'video', code: Shortcode, at: At) {
  // `[audio https://…]`: WordPress also reads a bare address as the source.
  const url = [...AV_KEYS[kind], '0'].map((k) => code.attrs[k]).find(Boolean);
  const src = mediaSrc(kind, url);
  if (!src) return notImported(s, code, at, 'no address that can be kept');
  flush(s);
  pushBlock(s, { kind, src, texts: { [s.language]: null } });
}

function shortcode(s: BodyState, wp: WpContext, code: Shortcode, at: At) {
  const { name, closing, attrs } = code;
  const enclosing = (wp.closers.get(name) ?? 0) > 0;
  if (closing) {
    wp.closers.set(name, Math.max(0, (wp.closers.get(name) ?? 0) - 1));
    if (s.capture?.end === `[/${name}]`) endCapture(s);
    return;
  }
  if (s.capture || !KNOWN_SHORTCODES.has(name)) return notImported(s, code, at);
  if ((name === 'caption' || name === 'wp_caption') && enclosing)
    beginCapture(s, {
      kind: 'image',
      end: `[/${name}]`,
      url: null,
      caption: attrs.caption ?? '',
      at,
    });
  else if (name === 'embed' && enclosing)
    beginCapture(s, { kind: 'embed', end: '[/embed]', url: null, caption: '', at });
  else if (name === 'gallery') gallery(s, wp, code, at);
  else if (name === 'audio' || name === 'video') media(s, name, code, at);
  else notImported(s, code, at);
}

/** Text of a WordPress post: shortcodes become blocks (or report lines), the rest is text. */
export function wpText(
  s: BodyState,
  wp: WpContext,
  text: string,
  at: At,
  append: (t: string) => void,
) {
  if (s.pre > 0) return append(text);
  for (const piece of splitShortcodes(text, wp.closers))
    if (typeof piece === 'string') append(piece);
    else shortcode(s, wp, piece, at);
}
