import { excerpt } from './dropped';
import type { BodyState } from './html-blocks';
import type { At } from './html-walk';
import { isHatenaKeyword, linkHref, linkMarkup } from './urls';

/** An open <a>: its address (null when it cannot be kept) and where its current text starts. */
export type LinkFrame = {
  href: string | null;
  raw: string;
  start: number;
  labelled: boolean;
  at: { start: number; end: number };
  /** Its place among the open marks and links (see html-segments). */
  seq: number;
};

/**
 * Turns the text the top link gathered since its segment began into `[text](url)`. A block
 * boundary inside a link (a paragraph, an image) ends one segment; the next starts after it.
 */
export function endLinkSegment(s: BodyState) {
  const link = s.links.at(-1);
  if (!link?.href || s.pre > 0) return;
  const label = s.buf.slice(link.start);
  if (label.trim()) {
    s.buf = s.buf.slice(0, link.start) + linkMarkup(label, link.href);
    link.labelled = true;
  }
  link.start = s.buf.length;
}

export function openLink(s: BodyState, attrs: Record<string, string>, at: At) {
  const raw = attrs.href !== undefined && isHatenaKeyword(attrs.href) ? undefined : attrs.href;
  // Code blocks show text as written, so a link there would show as `[text](url)`.
  const href = raw === undefined ? null : s.pre > 0 ? null : linkHref(raw);
  if (raw !== undefined && !href)
    s.dropped.push({ element: '<a>', reason: 'link', excerpt: excerpt(raw), ...at });
  s.links.push({ href, raw: raw ?? '', start: s.buf.length, labelled: false, at, seq: s.seq++ });
}

/** Pops the top link (its segment ended), listing it when it was left with no text. */
export function closeLink(s: BodyState, end: number) {
  const link = s.links.pop();
  if (link?.href && !link.labelled)
    s.dropped.push({
      element: '<a>',
      reason: 'linkNoText',
      excerpt: excerpt(link.raw),
      start: link.at.start,
      end,
    });
}
