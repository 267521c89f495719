/**
 * Finds the `<item>` elements of a WordPress export without parsing it whole, so one broken item
 * (a malformed fragment) is reported with its position while the others still import. CDATA
 * sections and comments are skipped as opaque: a post's HTML may contain anything, `</item>` too.
 */

export type WxrFragment = {
  /** 0-based index among the items, and the 1-based line its `<item>` starts on. */
  index: number;
  line: number;
  /** Offset of `<item` in the document, and the fragment's text (through `</item>`, or to the end). */
  start: number;
  xml: string;
  /** False when the file ended before `</item>`. */
  closed: boolean;
};

export type WxrScan = { head: string; items: WxrFragment[] };

const OPAQUE: Array<[string, string]> = [
  ['<![CDATA[', ']]>'],
  ['<!--', '-->'],
];

const isItemOpen = (text: string, at: number) =>
  text.startsWith('<item', at) && /[\s>]/.test(text[at + 5] ?? '');

/** Where the opaque section starting at `at` ends (just past its terminator), or null when none starts there. */
function skipOpaque(text: string, at: number): number | null {
  for (const [open, close] of OPAQUE) {
    if (!text.startsWith(open, at)) continue;
    const end = text.indexOf(close, at + open.length);
    return end < 0 ? text.length : end + close.length;
  }
  return null;
}

export function scanWxr(text: string): WxrScan {
  const items: WxrFragment[] = [];
  let head = '';
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  let open: number | null = null;
  for (let at = text.indexOf('<'); at >= 0 && at < text.length; at = text.indexOf('<', at + 1)) {
    const skipped = skipOpaque(text, at);
    if (skipped !== null) {
      at = skipped - 1;
      continue;
    }
    if (open === null && isItemOpen(text, at)) {
      if (!items.length) head = text.slice(0, at);
      open = at;
    } else if (open !== null && text.startsWith('</item>', at)) {
      const end = at + '</item>'.length;
      items.push({
        index: items.length,
        line: lineAt(open),
        start: open,
        xml: text.slice(open, end),
        closed: true,
      });
      open = null;
    } else if (open !== null && isItemOpen(text, at)) {
      // An item that never closed: it ends where the next one begins.
      items.push({
        index: items.length,
        line: lineAt(open),
        start: open,
        xml: text.slice(open, at),
        closed: false,
      });
      open = at;
    }
  }
  if (open !== null)
    items.push({
      index: items.length,
      line: lineAt(open),
      start: open,
      xml: text.slice(open),
      closed: false,
    });
  if (!items.length) head = text;
  return { head, items };
}
