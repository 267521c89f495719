import { escapeLine } from '@/lib/blocks/markdown/escape';
import { GALLERY_MAX, imageHref, mediaSrc } from '@/lib/blocks/media';
import { excerpt } from './dropped';
import { flush, pushBlock, type BodyState } from './html-blocks';
import type { At } from './html-walk';
import { imageSrc } from './urls';

/** An `<img>` met inside a media element: its address (null when it cannot be kept) and alt text. */
export type CapturedImage = { src: string | null; raw: string; alt: string; at: At };

/**
 * A media element being read whole (a Gutenberg image, gallery, embed, audio or video block, a
 * `[caption]` or `[embed]` shortcode): its text is its caption, written as it is (captions are
 * plain text), and it ends at `end` (the closing comment or shortcode).
 */
export type Capture = {
  kind: 'image' | 'gallery' | 'embed' | 'audio' | 'video';
  end: string;
  url: string | null;
  href: string | null;
  images: CapturedImage[];
  /** A caption given as an attribute (`[caption caption="…"]`). */
  caption: string;
  at: At;
};

export function beginCapture(s: BodyState, capture: Omit<Capture, 'images' | 'href'>) {
  flush(s);
  s.capture = { ...capture, images: [], href: null };
}

export function captureImage(c: Capture, attrs: Record<string, string>, at: At) {
  const alt = (attrs.alt ?? '').replace(/\s+/g, ' ').trim();
  c.images.push({ src: imageSrc(attrs.src ?? ''), raw: attrs.src ?? '', alt, at });
}

function lostImages(s: BodyState, images: CapturedImage[]) {
  for (const i of images.filter((i) => !i.src))
    s.dropped.push({
      element: '<img>',
      reason: 'image',
      excerpt: excerpt([i.alt, i.raw].filter(Boolean).join(' ')),
      ...i.at,
    });
}

/** Text that found no media to caption: a paragraph, as body text is. */
function asParagraph(s: BodyState, lines: string[]) {
  if (lines.length)
    pushBlock(s, {
      kind: 'paragraph',
      texts: { [s.language]: lines.map((l) => escapeLine(l, true)).join('\\\n') },
    });
}

function images(s: BodyState, c: Capture, caption: string) {
  const kept = c.images.filter((i) => i.src);
  // A caption takes the place of an image's alt text (a gallery has one caption for all its
  // images): an alt text the caption does not hold is listed, not lost.
  const gallery = c.kind === 'gallery' && kept.length > 1;
  for (const i of gallery ? kept : kept.slice(0, 1))
    if ((caption || gallery) && i.alt && !caption.includes(i.alt))
      s.dropped.push({
        element: '<img alt>',
        reason: 'notImported',
        excerpt: excerpt(i.alt),
        ...i.at,
      });
  if (c.kind === 'gallery' && kept.length > 1)
    for (let k = 0; k < kept.length; k += GALLERY_MAX) {
      const src = kept.slice(k, k + GALLERY_MAX).map((i) => i.src);
      pushBlock(s, {
        kind: 'gallery',
        src: src.join('\n'),
        texts: { [s.language]: k ? null : caption || null },
      });
    }
  else
    kept.forEach((i, k) =>
      pushBlock(s, {
        kind: 'image',
        src: i.src,
        ...(c.href ? { href: c.href } : {}),
        texts: { [s.language]: (k === 0 && caption) || i.alt || null },
      }),
    );
  return kept.length > 0;
}

/** Ends the media element: its block, or (no address that can be kept) its text as a paragraph. */
export function endCapture(s: BodyState) {
  const c = s.capture!;
  const raw = s.buf;
  s.buf = '';
  s.capture = null;
  let lines = raw
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (c.kind === 'embed') {
    c.url ??= lines[0] ?? null;
    lines = lines.filter((l) => l !== c.url);
  }
  const caption = [c.caption.trim(), ...lines].filter(Boolean).join('\n');
  lostImages(s, c.images);
  if (c.kind === 'image' || c.kind === 'gallery') {
    if (!images(s, c, caption.replace(/\n/g, c.kind === 'image' ? ' ' : '\n')))
      asParagraph(s, lines);
    return;
  }
  const src = mediaSrc(c.kind, c.url);
  if (src) return pushBlock(s, { kind: c.kind, src, texts: { [s.language]: caption || null } });
  s.dropped.push({
    element: c.end.replace('/', ''),
    reason: 'link',
    excerpt: excerpt(c.url ?? ''),
    ...c.at,
  });
  // An embed's address was its text; an audio or video address, an attribute (listed above).
  asParagraph(s, [...(c.kind === 'embed' && c.url ? [c.url] : []), ...lines]);
}

export const CAPTION_BREAKS = new Set([
  'br',
  'p',
  'div',
  'figure',
  'figcaption',
  'li',
  'ul',
  'ol',
  'blockquote',
  'cite',
]);

/** A tag inside a media element: images and addresses are collected, block tags break caption lines. */
export function captureTag(s: BodyState, name: string, attrs: Record<string, string>, at: At) {
  const c = s.capture!;
  if (name === 'img') captureImage(c, attrs, at);
  else if (name === 'a' && attrs.href) c.href ??= imageHref(attrs.href);
  else if (name === 'audio' || name === 'video' || name === 'source') c.url ??= attrs.src ?? null;
  else if (CAPTION_BREAKS.has(name)) s.buf += '\n';
}

/** `<!--more-->`: the excerpt break (the first one; WordPress ignores the others). */
export function more(s: BodyState) {
  if (s.capture || s.table || s.blocks.some((b) => b.kind === 'more')) return;
  flush(s);
  pushBlock(s, { kind: 'more', texts: {} });
}

/** An `<audio>` or `<video>` element: a media block (its text, a fallback, is the caption). */
export function mediaElement(
  s: BodyState,
  name: 'audio' | 'video',
  attrs: Record<string, string>,
  at: At,
) {
  beginCapture(s, { kind: name, end: `</${name}>`, url: attrs.src ?? null, caption: '', at });
}
