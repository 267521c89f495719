/** What the MT importer leaves out of a post or comment, so the report can list every piece of it. */

/**
 * removed: the element and its content were left out (script, style, svg…);
 * unclosed: the element never closed, so only its tag was left out and what followed it kept;
 * unterminated: a tag cut off at the end of the text; link: an address that cannot be an inline
 * link (javascript:, relative…), its text kept; linkNoText: a link with no text to carry it;
 * image: an image without an absolute http(s) address; cut: text over a limit, cut to it;
 * replaced: an invalid value replaced by a placeholder; notImported: a field or section Taiyaku has
 * no place for (TAGS, KEYWORDS, PING, a commenter's URL, unknown keys), left out whole.
 */
export const DROP_REASONS = [
  'removed',
  'unclosed',
  'unterminated',
  'link',
  'linkNoText',
  'image',
  'cut',
  'replaced',
  'notImported',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** One dropped piece; `start`/`end` are offsets (inclusive) into the HTML it came from. */
export type Dropped = {
  element: string;
  reason: DropReason;
  excerpt: string;
  start: number;
  end: number;
};
/** The same, with the line of the export it is on. */
export type LineDropped = Dropped & { line: number };

/** Elements whose content is code or controls, not text for readers: left out, and reported. */
export const REMOVED = new Set([
  'script',
  'style',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'noembed',
  'noframes',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'select',
  'datalist',
  'textarea',
  'button',
  'input',
  'keygen',
]);

/** Void elements (no content, no end tag) among REMOVED. */
export const VOID = new Set([
  'meta',
  'link',
  'base',
  'frame',
  'embed',
  'param',
  'source',
  'track',
  'input',
  'keygen',
]);

/** htmlparser2 reads these as raw text up to their end tag: unclosed, they swallow the rest. */
export const RAW_TEXT = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

const EXCERPT_MAX = 80;

/** Whitespace collapsed, clipped to a short excerpt (in code points). */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = [...flat];
  return points.length > EXCERPT_MAX ? `${points.slice(0, EXCERPT_MAX - 1).join('')}…` : flat;
}

/** An address worth showing for an element with no text (an embed, a script file). */
export function addressOf(attrs: Record<string, string>): string {
  return (
    attrs.src ??
    attrs.href ??
    attrs.data ??
    attrs.action ??
    (/^https?:/i.test(attrs.value ?? '') ? attrs.value! : '')
  );
}

/** Dropped pieces of `text` (which starts on line `first`) with their line numbers, in order. */
export function withLines(text: string, first: number, dropped: Dropped[]): LineDropped[] {
  let line = first;
  let at = 0;
  return [...dropped]
    .sort((a, b) => a.start - b.start)
    .map((d) => {
      for (; at < d.start && at < text.length; at++) if (text[at] === '\n') line++;
      return { ...d, line };
    });
}
