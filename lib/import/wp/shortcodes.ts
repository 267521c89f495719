/** WordPress shortcodes in post text: `[name attr="v"]`, `[/name]`, `[[name]]` (written literally). */
export type Shortcode = {
  name: string;
  closing: boolean;
  attrs: Record<string, string>;
  raw: string;
};

/** What the importer turns into blocks; other shortcodes are listed as not imported. */
export const KNOWN_SHORTCODES = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'audio',
  'video',
  'embed',
]);

const SHORTCODE = /\[(\[?)(\/?)([a-zA-Z_][\w-]*)((?:\s[^\]]*?)?)(\/?)\](\]?)/g;
const ATTR = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|(\S+)/g;

export function shortcodeAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let k = 0;
  for (const m of text.matchAll(ATTR)) {
    if (m[1]) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
    else attrs[String(k++)] = m[5] ?? m[6] ?? '';
  }
  return attrs;
}

/** How many times each `[/name]` occurs: a `[name]` with a closer later encloses content. */
export function closerCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/\[\/([a-zA-Z_][\w-]*)\]/g)) {
    const name = m[1]!.toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/**
 * Text split into plain pieces and shortcodes. A bracketed word is a shortcode when WordPress
 * knows it here, when it has `key=value` attributes, or when it closes or is closed later (`closers`):
 * "[sic]" or "[1]" in prose stay text. `[[x]]` is WordPress's way of writing `[x]` literally.
 */
export function splitShortcodes(
  text: string,
  closers: Map<string, number>,
): Array<string | Shortcode> {
  const out: Array<string | Shortcode> = [];
  let last = 0;
  for (const m of text.matchAll(SHORTCODE)) {
    const [raw, outerOpen, slash, rawName, attrText, , outerClose] = m;
    const name = rawName!.toLowerCase();
    const closing = slash === '/';
    const isCode =
      KNOWN_SHORTCODES.has(name) ||
      attrText!.includes('=') ||
      closing ||
      (closers.get(name) ?? 0) > 0;
    if (!isCode) continue;
    const before = text.slice(last, m.index);
    last = m.index + raw.length;
    if (outerOpen && outerClose) {
      out.push(before + raw.slice(1, -1));
      continue;
    }
    if (before || outerOpen) out.push(before + outerOpen);
    out.push({
      name,
      closing,
      attrs: shortcodeAttrs(attrText!),
      raw: raw.slice(outerOpen!.length, raw.length - outerClose!.length),
    });
    if (outerClose) out.push(outerClose);
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
