import { flush, endList, push, pushBlock, type BodyState } from './html-blocks';
import { closeList, openItem, openList } from './html-lists';
import { newTable, tableMarkdown, tableTag } from './html-table';

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

// Inside a table cell, these only separate words: the cell keeps their text on its one line.
const IN_CELL = new Set([
  ...BREAKERS,
  ...PRE,
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const TABLE_PARTS = new Set(['tr', 'td', 'th', 'caption', 'thead', 'tbody', 'tfoot']);

function endTable(s: BodyState) {
  const t = s.table!;
  const text = tableMarkdown(s, t);
  s.table = null;
  if (text) push(s, 'paragraph', text);
  for (const block of t.after) pushBlock(s, block);
}

function table(s: BodyState, closing: boolean) {
  if (!closing && s.table) {
    s.table.depth++;
    s.buf += ' ';
  } else if (!closing) {
    flush(s);
    s.table = newTable();
  } else if (s.table && --s.table.depth > 0) s.buf += ' ';
  else if (s.table) endTable(s);
}

function list(s: BodyState, tag: string, attrs: Record<string, string>, closing: boolean) {
  flush(s);
  if (!closing) openList(s, tag, attrs);
  else if (s.list.frames.length && closeList(s)) endList(s);
}

/** What is still open at the end of the body becomes its blocks. */
export function finishBlocks(s: BodyState) {
  if (s.table) {
    s.table.depth = 1;
    endTable(s);
  }
  flush(s);
  s.list.frames = [];
  endList(s);
}

/** Opening or closing a block-level tag; returns false for tags that only carry text. */
export function blockTag(
  s: BodyState,
  tag: string,
  attrs: Record<string, string>,
  closing: boolean,
): boolean {
  if (tag === 'table') table(s, closing);
  else if (s.table) {
    // A nested table's cells are words in the outer cell.
    if (s.table.depth === 1 && tableTag(s, s.table, tag, attrs, closing)) return true;
    if (!IN_CELL.has(tag) && !TABLE_PARTS.has(tag)) return false;
    s.buf += ' ';
  } else if (/^h[1-6]$/.test(tag)) {
    flush(s);
    s.heading = closing ? null : tag === 'h1' || tag === 'h2' ? 'heading' : 'subheading';
  } else if (tag === 'blockquote') {
    flush(s);
    s.quote = Math.max(0, s.quote + (closing ? -1 : 1));
  } else if (tag === 'ul' || tag === 'ol') list(s, tag, attrs, closing);
  else if (tag === 'li') {
    if (!s.list.frames.length) s.buf += '\n\n';
    else {
      flush(s);
      if (!closing) openItem(s);
    }
  } else if (PRE.has(tag)) {
    flush(s);
    s.pre = Math.max(0, s.pre + (closing ? -1 : 1));
  } else if (BREAKERS.has(tag)) {
    // Inside a quote, paragraphs stay in the one quote block.
    if (s.quote > 0) s.buf += '\n\n';
    else flush(s);
  } else if (CELLS.has(tag)) {
    // Cells outside a table (and options of a select never closed): a space keeps words apart.
    if (closing) s.buf += ' ';
  } else return false;
  return true;
}
