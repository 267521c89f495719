import type { BlockKind } from '@/lib/model';
import type { BlockInput } from '@/lib/blocks/types';
import { BLOCK_TEXT_MAX } from '@/lib/validations/post';
import { escapeLineStart } from '@/lib/blocks/markdown/escape';
import type { Dropped } from './dropped';
import type { Capture } from './html-capture';
import type { LinkFrame } from './html-inline';
import { addItemText, emptyList, takeList, type ListState } from './html-lists';
import type { MarkFrame } from './html-marks';
import { endSegments, restartSegments } from './html-segments';
import { attachNotes, type Notes } from './html-notes';
import type { TableState } from './html-table';

/** Where the walk over an MT body is: the blocks so far and the text of the one being read. */
export type BodyState = {
  blocks: BlockInput[];
  dropped: Dropped[];
  language: string;
  buf: string;
  heading: BlockKind | null;
  quote: number;
  list: ListState;
  pre: number;
  links: LinkFrame[];
  marks: MarkFrame[];
  /** Numbers the openings of marks and links (their order as one stack). */
  seq: number;
  table: TableState | null;
  capture: Capture | null;
  notes: Notes;
};

export function bodyState(language: string, notes: Notes): BodyState {
  return {
    blocks: [],
    dropped: [],
    language,
    buf: '',
    heading: null,
    quote: 0,
    list: emptyList(),
    pre: 0,
    links: [],
    marks: [],
    seq: 0,
    table: null,
    capture: null,
    notes,
  };
}

/** Pending list items become a block before any other block, so the order stays the source's. */
export function endList(s: BodyState) {
  const list = takeList(s);
  if (list?.simple) s.blocks.push({ kind: 'list', texts: { [s.language]: list.text } });
  else if (list)
    for (const piece of splitLongText(list.text)) s.blocks.push(textBlock(s, 'paragraph', piece));
}

/** A text block; a paragraph or quote gets the definitions of the footnotes it refers to. */
function textBlock(s: BodyState, kind: BlockKind, text: string): BlockInput {
  const withNotes = kind === 'paragraph' || kind === 'quote' ? attachNotes(s.notes, text) : text;
  return { kind, texts: { [s.language]: withNotes } };
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
  const chars = [...text];
  const out: string[] = [];
  // An index walks the text: copying the rest on every cut made a long paragraph quadratic.
  let start = 0;
  while (chars.length - start > BLOCK_TEXT_MAX) {
    const end = start + BLOCK_TEXT_MAX;
    let at = -1;
    for (let i = end - 1; i > start + BLOCK_TEXT_MAX / 2; i--)
      if (chars[i] === '\n' || chars[i] === ' ') {
        at = i;
        break;
      }
    const cut = at >= 0 ? at : end;
    out.push(chars.slice(start, cut).join('').trimEnd());
    start = at >= 0 ? cut + 1 : cut;
  }
  return [...out, chars.slice(start).join('')].filter(Boolean);
}

export function push(s: BodyState, kind: BlockKind, text: string) {
  for (const piece of splitLongText(text)) pushBlock(s, textBlock(s, kind, piece));
}

const lines = (t: string) => t.split('\n').map((l) => l.replace(/[ \t\u00a0\r]+/g, ' ').trim());

/**
 * Ends the current block: paragraphs split at blank lines, single line breaks kept (as Markdown
 * hard breaks), each line's start escaped so text never reads as a list or heading marker.
 */
export function flush(s: BodyState) {
  if (s.capture || s.table) return;
  endSegments(s);
  const raw = s.buf;
  s.buf = '';
  restartSegments(s);
  if (s.pre > 0) return push(s, 'code', raw.replace(/^\n+|\s+$/g, ''));
  if (s.list.frames.length > 0)
    return addItemText(s, lines(raw).filter(Boolean).map(escapeLineStart));
  const kind: BlockKind = s.heading ?? (s.quote > 0 ? 'quote' : 'paragraph');
  const paragraphs = raw
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) =>
      lines(p)
        .filter(Boolean)
        .map(escapeLineStart)
        .join(s.heading ? ' ' : '\\\n'),
    )
    .filter(Boolean);
  // A blockquote stays one block; its paragraphs are separated by a blank line.
  if (kind === 'quote') push(s, kind, paragraphs.join('\n\n'));
  else for (const p of paragraphs) push(s, kind, p);
}
