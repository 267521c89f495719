import { escapeLineStart } from '@/lib/blocks/markdown/escape';
import type { BlockInput } from '@/lib/blocks/types';
import type { BodyState } from './html-blocks';
import { endSegments, restartSegments } from './html-segments';

type Row = { cells: string[]; header: boolean };

/**
 * A `<table>` being read: its rows so far, the open row, whether a cell is open, captions and
 * images met inside it (an image block follows the table). Nested tables count in `depth`: their
 * text stays in the outer cell.
 */
export type TableState = {
  rows: Row[];
  row: Row | null;
  cell: { span: number; text: string } | null;
  head: boolean;
  depth: number;
  caption: string | null;
  captions: string[];
  after: BlockInput[];
};

export const newTable = (): TableState => ({
  rows: [],
  row: null,
  cell: null,
  head: false,
  depth: 1,
  caption: null,
  captions: [],
  after: [],
});

const MAX_SPAN = 50;
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The buffer's text so far (formatting closed), emptied. */
function take(s: BodyState): string {
  endSegments(s);
  const text = clean(s.buf);
  s.buf = '';
  restartSegments(s);
  return text;
}

function row(t: TableState, header = t.head): Row {
  return (t.row ??= { cells: [], header });
}

/** A long cell's text so far moves out of the buffer (closing a mark rewrites the buffer). */
export function spillCell(s: BodyState, t: TableState) {
  if (t.cell) t.cell.text = `${t.cell.text} ${take(s)}`;
}

function endCell(s: BodyState, t: TableState) {
  const text = take(s);
  if (t.cell) {
    row(t).cells.push(clean(`${t.cell.text} ${text}`), ...Array<string>(t.cell.span - 1).fill(''));
    t.cell = null;
  } else if (t.caption !== null) t.caption += ` ${text}`;
  // Text between cells (invalid HTML, kept): a cell of its own.
  else if (text) row(t).cells.push(text);
}

function endRow(s: BodyState, t: TableState) {
  endCell(s, t);
  if (t.row?.cells.length) t.rows.push(t.row);
  t.row = null;
}

/** A table-structure tag inside the outermost table; false for other tags. */
export function tableTag(
  s: BodyState,
  t: TableState,
  tag: string,
  attrs: Record<string, string>,
  closing: boolean,
): boolean {
  if (tag === 'caption') {
    endCell(s, t);
    // A caption opened inside an open one (broken HTML) ends it first: its text is kept.
    if (t.caption !== null) t.captions.push(clean(t.caption));
    t.caption = closing ? null : '';
  } else if (tag === 'thead') {
    endRow(s, t);
    t.head = !closing;
  } else if (tag === 'tr') endRow(s, t);
  else if (tag === 'td' || tag === 'th') {
    endCell(s, t);
    if (closing) return true;
    const span = Math.min(MAX_SPAN, Math.max(1, Number.parseInt(attrs.colspan ?? '1', 10) || 1));
    row(t, t.head || tag === 'th');
    if (tag === 'td' && !t.head) t.row!.header = false;
    t.cell = { span, text: '' };
  } else return false;
  return true;
}

const cellsLine = (cells: string[], width: number) =>
  `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;

/**
 * The table as one GFM table: a header row from `<thead>` or a first row of `<th>`s (else an
 * empty one: GFM tables need a header). Spans become empty cells; every cell's text is kept.
 */
export function tableMarkdown(s: BodyState, t: TableState): string {
  endRow(s, t);
  if (t.caption !== null) t.captions.push(clean(t.caption));
  const rows = [...t.rows];
  const captions = t.captions.filter(Boolean).map(escapeLineStart);
  if (!rows.some((r) => r.cells.some(Boolean))) return captions.join('\n\n');
  const width = Math.max(...rows.map((r) => r.cells.length));
  const header = rows[0]!.header ? rows.shift()!.cells : [];
  const table = [
    cellsLine(header, width),
    `|${' --- |'.repeat(width)}`,
    ...rows.map((r) => cellsLine(r.cells, width)),
  ];
  return [...captions, table.join('\n')].join('\n\n');
}
