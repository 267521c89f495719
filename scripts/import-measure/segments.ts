// Text segments of a post body, read with htmlparser2 and not with the importer's converter, so
// the checker does not share the importer's mistakes: each block element, line break and blank
// line ends a segment; markup, Gutenberg comments and whitespace do not count.
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

const BREAKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'hr',
  'dl',
  'dt',
  'dd',
  'section',
  'img',
]);
const SKIPPED = new Set(['script', 'style']);

/** Whitespace-free NFC text: what two renderings of one segment have in common. */
export const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

/** Stored text as read: a link's text without the `[…](address)` around it, escapes undone. */
export const unmark = (text: string) =>
  text.replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1').replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');

// WordPress's media shortcodes are markup (their content arrives as a media block and its caption).
const SHORTCODE = /\[\/?(?:caption|wp_caption|gallery|audio|video|embed|playlist)\b[^\]]*\]/g;

export function segments(html: string): string[] {
  const out: string[] = [];
  let current = '';
  let skipping = 0;
  const sups: boolean[] = [];
  const flush = () => {
    for (const part of current.replace(SHORTCODE, '\n\n').split(/\n\s*\n/)) {
      const text = part.replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(text)) out.push(text.normalize('NFC'));
    }
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIPPED.has(name)) skipping++;
        // A Gutenberg footnote mark's number is the reference, not text (it becomes `[^n]`).
        if (name === 'sup') sups.push('data-fn' in attrs);
        if (name === 'sup' && 'data-fn' in attrs) skipping++;
        if (BREAKS.has(name)) flush();
        // An image's alt text is what Taiyaku keeps of it.
        if (name === 'img' && attrs.alt) current += decodeHTML(attrs.alt);
        if (name === 'img') flush();
      },
      ontext(text) {
        if (!skipping) current += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping--;
        if (name === 'sup' && sups.pop()) skipping--;
        if (BREAKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}
