import { plainText } from '@/lib/blocks/markdown/plain';

export type SnippetPart = { text: string; hit: boolean };
export type Snippet = { parts: SnippetPart[]; clippedStart: boolean; clippedEnd: boolean };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Never cut a surrogate pair in half. */
function safeIndex(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * A window of `text` around the first match of any term, split into plain and matched parts.
 * Parts are rendered as text nodes (matches inside <mark>), never as HTML. Inline formatting
 * syntax is removed first so the reader sees words, not asterisks.
 */
export function buildSnippet(text: string, terms: string[], radius = 60): Snippet {
  const flat = plainText(text).replace(/\s+/g, ' ').trim();
  const pattern = terms.length
    ? new RegExp(
        terms
          .map(escapeRegExp)
          .sort((a, b) => b.length - a.length)
          .join('|'),
        'giu',
      )
    : null;
  const first = pattern ? flat.search(pattern) : -1;
  const from = first < 0 ? 0 : safeIndex(flat, Math.max(0, first - radius));
  const to = safeIndex(flat, Math.min(flat.length, Math.max(from, first) + radius * 2));
  const window = flat.slice(from, to);
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of pattern ? window.matchAll(pattern) : []) {
    if (match.index > last) parts.push({ text: window.slice(last, match.index), hit: false });
    parts.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < window.length) parts.push({ text: window.slice(last), hit: false });
  return { parts, clippedStart: from > 0, clippedEnd: to < flat.length };
}
