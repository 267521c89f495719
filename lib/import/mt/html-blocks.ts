import type { BlockKind } from '@/lib/model';
import type { BlockInput } from '@/lib/blocks/types';
import { BLOCK_TEXT_MAX } from '@/lib/validations/post';
import type { Dropped } from './dropped';
import { endLinkSegment, restartLinkSegment, type LinkFrame } from './html-inline';

/** Where the walk over an MT body is: the blocks so far and the text of the one being read. */
export type BodyState = {
  blocks: BlockInput[];
  dropped: Dropped[];
  language: string;
  buf: string;
  heading: BlockKind | null;
  quote: number;
  list: { depth: number; items: string[] };
  pre: number;
  links: LinkFrame[];
};

export function bodyState(language: string): BodyState {
  return {
    blocks: [],
    dropped: [],
    language,
    buf: '',
    heading: null,
    quote: 0,
    list: { depth: 0, items: [] },
    pre: 0,
    links: [],
  };
}

const BREAKERS = new Set([
  'p',
  'div',
  'table',
  'tr',
  'hr',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'address',
  'details',
  'summary',
]);
const CELLS = new Set(['td', 'th', 'option']);
const PRE = new Set(['pre', 'xmp', 'listing', 'plaintext']);

/** Pending list items become a block before any other block, so the order stays the source's. */
function endList(s: BodyState) {
  if (!s.list.items.length) return;
  s.blocks.push({ kind: 'list', texts: { [s.language]: s.list.items.join('\n') } });
  s.list.items = [];
}

export function pushBlock(s: BodyState, block: BlockInput) {
  endList(s);
  s.blocks.push(block);
}

/**
 * Text over the block limit as several pieces, split at a line break or space where there is one
 * (shared with the paste importer).
 */
export function splitLongText(text: string): string[] {
  if (text.length <= BLOCK_TEXT_MAX) return text ? [text] : []; // UTF-16 length ≥ code points
  const out: string[] = [];
  let rest = [...text];
  while (rest.length > BLOCK_TEXT_MAX) {
    const head = rest.slice(0, BLOCK_TEXT_MAX);
    const at = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
    const cut = at > BLOCK_TEXT_MAX / 2 ? at : BLOCK_TEXT_MAX;
    out.push(rest.slice(0, cut).join('').trimEnd());
    rest = rest.slice(cut === at ? cut + 1 : cut);
  }
  return [...out, rest.join('')].filter(Boolean);
}

function push(s: BodyState, kind: BlockKind, text: string) {
  for (const piece of splitLongText(text)) pushBlock(s, { kind, texts: { [s.language]: piece } });
}

const lines = (t: string) => t.split('\n').map((l) => l.replace(/[ \t\u00a0\r]+/g, ' ').trim());

/** Ends the current block: paragraphs split at blank lines, single line breaks kept. */
export function flush(s: BodyState) {
  endLinkSegment(s);
  const raw = s.buf;
  s.buf = '';
  restartLinkSegment(s);
  if (s.pre > 0) return push(s, 'code', raw.replace(/^\n+|\s+$/g, ''));
  if (s.list.depth > 0) {
    s.list.items.push(...lines(raw).filter(Boolean));
    return;
  }
  const kind: BlockKind = s.heading ?? (s.quote > 0 ? 'quote' : 'paragraph');
  const paragraphs = raw
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) =>
      lines(p)
        .filter(Boolean)
        .join(s.heading ? ' ' : '\n'),
    )
    .filter(Boolean);
  // A blockquote stays one block; its paragraphs are separated by a blank line.
  if (kind === 'quote') push(s, kind, paragraphs.join('\n\n'));
  else for (const p of paragraphs) push(s, kind, p);
}

/** The end of the body: what is still open becomes its blocks. */
export function finish(s: BodyState) {
  flush(s);
  endList(s);
}

/** Opening or closing a block-level tag; returns false for tags that only carry text. */
export function blockTag(s: BodyState, tag: string, closing: boolean): boolean {
  if (/^h[1-6]$/.test(tag)) {
    flush(s);
    s.heading = closing ? null : tag === 'h1' || tag === 'h2' ? 'heading' : 'subheading';
  } else if (tag === 'blockquote') {
    flush(s);
    s.quote = Math.max(0, s.quote + (closing ? -1 : 1));
  } else if (tag === 'ul' || tag === 'ol') {
    flush(s);
    s.list.depth = Math.max(0, s.list.depth + (closing ? -1 : 1));
    if (s.list.depth === 0) endList(s);
  } else if (tag === 'li') {
    if (s.list.depth > 0) flush(s);
    else s.buf += '\n\n';
  } else if (PRE.has(tag)) {
    flush(s);
    s.pre = Math.max(0, s.pre + (closing ? -1 : 1));
  } else if (BREAKERS.has(tag)) {
    // Inside a quote, paragraphs stay in the one quote block.
    if (s.quote > 0) s.buf += '\n\n';
    else flush(s);
  } else if (CELLS.has(tag)) {
    // Table cells (and options of a select never closed) side by side: a space keeps words apart.
    if (closing) s.buf += ' ';
  } else return false;
  return true;
}
