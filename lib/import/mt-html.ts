import type { BlockKind } from '@/db/schema';
import type { BlockInput } from '@/lib/blocks/types';
import { decodeEntities, readAttributes, safeUrl } from './mt-html-text';

// Containers whose content is never text for readers (and may be hostile).
const DROPPED = /<(script|style|iframe|object|embed|noscript|template|svg|math|textarea|select)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const BREAKERS = new Set(['p', 'div', 'table', 'tr', 'hr', 'section', 'article', 'figure', 'figcaption', 'dl', 'dt', 'dd']);

type State = {
  blocks: BlockInput[];
  language: string;
  buf: string;
  heading: BlockKind | null;
  quote: number;
  list: { depth: number; items: string[] };
  pre: boolean;
};

function push(s: State, kind: BlockKind, text: string) {
  if (text) s.blocks.push({ kind, texts: { [s.language]: text } });
}

/** Ends the current block: paragraphs split at blank lines, single line breaks kept. */
function flush(s: State) {
  const raw = s.buf;
  s.buf = '';
  if (s.pre) return push(s, 'code', raw.replace(/^\n+|\s+$/g, ''));
  const lines = (t: string) => t.split('\n').map((l) => l.replace(/[ \t\u00a0\r]+/g, ' ').trim());
  if (s.list.depth > 0) {
    s.list.items.push(...lines(raw).filter(Boolean));
    return;
  }
  const kind: BlockKind = s.heading ?? (s.quote > 0 ? 'quote' : 'paragraph');
  const paragraphs = raw
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => lines(p).filter(Boolean).join(s.heading ? ' ' : '\n'))
    .filter(Boolean);
  // A blockquote stays one block; its paragraphs are separated by a blank line.
  if (kind === 'quote') push(s, kind, paragraphs.join('\n\n'));
  else for (const p of paragraphs) push(s, kind, p);
}

function openOrClose(s: State, closing: boolean, tag: string, attrs: string) {
  if (tag === 'br') return void (s.buf += '\n');
  if (tag === 'img') return image(s, attrs);
  if (/^h[1-6]$/.test(tag)) {
    flush(s);
    s.heading = closing ? null : tag === 'h1' || tag === 'h2' ? 'heading' : 'subheading';
  } else if (tag === 'blockquote') {
    flush(s);
    s.quote = Math.max(0, s.quote + (closing ? -1 : 1));
  } else if (tag === 'ul' || tag === 'ol') {
    flush(s);
    s.list.depth = Math.max(0, s.list.depth + (closing ? -1 : 1));
    if (s.list.depth === 0 && s.list.items.length) {
      push(s, 'list', s.list.items.join('\n'));
      s.list.items = [];
    }
  } else if (tag === 'li') {
    if (s.list.depth > 0) flush(s);
    else s.buf += '\n\n';
  } else if (tag === 'pre') {
    flush(s);
    s.pre = !closing;
  } else if (BREAKERS.has(tag)) {
    // Inside a quote, paragraphs stay in the one quote block.
    if (s.quote > 0) s.buf += '\n\n';
    else flush(s);
  }
}

function image(s: State, attrs: string) {
  const a = readAttributes(attrs);
  const src = safeUrl(a.src ?? '');
  if (!src) return;
  flush(s);
  const alt = (a.alt ?? '').replace(/\s+/g, ' ').trim();
  s.blocks.push({ kind: 'image', src, texts: { [s.language]: alt || null } });
}

/**
 * Converts an MT body (HTML-ish, often with CONVERT BREAKS line breaks) to blocks. Only text
 * survives: links become their text, unknown tags vanish, scripts and styles go with their
 * content, and image URLs with a non-http(s) scheme are dropped.
 */
export function mtBodyToBlocks(html: string, language: string, opts: { convertBreaks?: boolean } = {}): BlockInput[] {
  const convertBreaks = opts.convertBreaks ?? true;
  let source = html.replace(/\r\n?/g, '\n').replace(DROPPED, '');
  // A <br> at the end of a source line is one break, not two.
  source = source.replace(/<br\b[^>]*>[ \t]*\n/gi, '<br>');
  const s: State = { blocks: [], language, buf: '', heading: null, quote: 0, list: { depth: 0, items: [] }, pre: false };
  let last = 0;
  const text = (chunk: string) => {
    // Whatever looks like an unterminated tag is dropped up to the end of its line.
    const t = decodeEntities(chunk.replace(/<[a-zA-Z!/?][^\n]*/g, ''));
    s.buf += s.pre || convertBreaks ? t : t.replace(/\n/g, ' ');
  };
  for (const m of source.matchAll(TOKEN)) {
    text(source.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2]) openOrClose(s, m[1] === '/', m[2].toLowerCase(), m[3] ?? '');
  }
  text(source.slice(last));
  flush(s);
  if (s.list.items.length) push(s, 'list', s.list.items.join('\n'));
  return s.blocks;
}

/** Body then extended body ("continue reading") as one block list, honouring CONVERT BREAKS. */
export function mtEntryToBlocks(
  entry: { body: string; extendedBody: string; convertBreaks?: string },
  language: string,
): BlockInput[] {
  const convertBreaks = entry.convertBreaks !== '0';
  return [entry.body, entry.extendedBody].flatMap((html) => mtBodyToBlocks(html, language, { convertBreaks }));
}
