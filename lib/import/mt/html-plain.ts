import { excerpt, type Dropped } from './dropped';
import { walkHtml, type At } from './html-walk';
import { imageSrc, linkHref } from './urls';

// Block-level tags: a paragraph break before and after.
const BLOCKS = new Set([
  'p',
  'div',
  'blockquote',
  'ul',
  'ol',
  'pre',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'address',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

type Link = { href: string | null; raw: string; start: number; at: At };

/**
 * A link as plain text for comments, whose autolinker turns http(s) addresses into links: the
 * text alone when it is the address, else "text (address)"; the address alone when no text.
 */
function linkText(label: string, href: string): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text) return `${label}${href}`;
  if (linkHref(text) === href) return label;
  return `${label.trimEnd()} (${href})${/\s*$/.exec(label)?.[0] ?? ''}`;
}

/** Lines trimmed and their spaces collapsed (as HTML shows them), at most one blank line in a row, NFC. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}

/**
 * MT comment (or excerpt) HTML as plain text, never as tags: line breaks from <br>, paragraphs
 * from <p> and other blocks, entities decoded, links as text the comment autolinker can show,
 * images as their alt text. What is left out (scripts, unsafe addresses, images) is in `dropped`.
 */
export function mtHtmlToText(html: string): { text: string; dropped: Dropped[] } {
  let out = '';
  const own: Dropped[] = [];
  const links: Link[] = [];
  const walked = walkHtml(html.replace(/\r\n?/g, '\n'), {
    open(name, attrs, at) {
      if (name === 'br' || name === 'li') out += '\n';
      else if (BLOCKS.has(name)) out += '\n\n';
      else if (name === 'img') {
        out += attrs.alt ?? '';
        own.push({
          element: '<img>',
          reason: 'image',
          excerpt: excerpt(imageSrc(attrs.src ?? '') ?? attrs.src ?? ''),
          ...at,
        });
      } else if (name === 'a') {
        const href = attrs.href === undefined ? null : linkHref(attrs.href);
        if (attrs.href !== undefined && !href)
          own.push({ element: '<a>', reason: 'link', excerpt: excerpt(attrs.href), ...at });
        links.push({ href, raw: attrs.href ?? '', start: out.length, at });
      }
    },
    close(name) {
      if (BLOCKS.has(name)) out += '\n\n';
      else if (name === 'td' || name === 'th') out += ' ';
      else if (name === 'a') {
        const link = links.pop();
        if (link?.href) out = out.slice(0, link.start) + linkText(out.slice(link.start), link.href);
      }
    },
    text(text) {
      out += text;
    },
  });
  return { text: tidy(out), dropped: [...walked, ...own].sort((a, b) => a.start - b.start) };
}
