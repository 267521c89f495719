import type { BodyState } from './html-blocks';

/**
 * One open `<ul>`/`<ol>`: its next number, the indentation of its markers and of its items'
 * text, and the marker of an item whose text has not come yet.
 */
type ListFrame = {
  ordered: boolean;
  next: number;
  indent: string;
  itemIndent: string;
  pending: string | null;
  hasText: boolean;
};

/**
 * The list being read, as Markdown lines. `simple` while it is one flat `<ul>` of one-line items:
 * such a list stays a `list` block (one item a line, as the editor writes it); any other becomes a
 * paragraph holding a Markdown list, with its numbers and nesting.
 */
export type ListState = { frames: ListFrame[]; lines: string[]; simple: boolean };

export const emptyList = (): ListState => ({ frames: [], lines: [], simple: true });

// Below the Markdown parser's nesting limit (32): deeper lists continue at this depth.
const MAX_DEPTH = 24;

const startOf = (value: string | undefined) =>
  /^\s*\d{1,9}\s*$/.test(value ?? '') ? Number(value) : 1;

function line(s: BodyState, indent: string, text: string) {
  // After a block that broke the list (an image), the rest starts at the margin.
  s.list.lines.push(((s.list.lines.length ? indent : '') + text).trimEnd());
}

export function openList(s: BodyState, tag: string, attrs: Record<string, string>) {
  const parent = s.list.frames.at(-1);
  if (!parent) s.list.simple = tag === 'ul';
  else s.list.simple = false;
  if (parent?.pending) {
    line(s, parent.indent, parent.pending);
    parent.pending = null;
    parent.hasText = true;
  }
  const indent = !parent
    ? ''
    : s.list.frames.length < MAX_DEPTH
      ? parent.itemIndent
      : parent.indent;
  s.list.frames.push({
    ordered: tag === 'ol',
    next: tag === 'ol' ? startOf(attrs.start) : 1,
    indent,
    itemIndent: indent,
    pending: null,
    hasText: false,
  });
}

export function openItem(s: BodyState) {
  const frame = s.list.frames.at(-1)!;
  const marker = frame.ordered ? `${frame.next++}.` : '-';
  frame.pending = marker;
  frame.hasText = false;
  frame.itemIndent = frame.indent + ' '.repeat(marker.length + 1);
}

/** Lines of text (trimmed, escaped) into the current item: later lines are hard breaks in it. */
export function addItemText(s: BodyState, texts: string[]) {
  const frame = s.list.frames.at(-1)!;
  for (const text of texts) {
    if (frame.pending !== null) {
      line(s, frame.indent, `${frame.pending} ${text}`);
      frame.pending = null;
    } else {
      s.list.simple = false;
      const last = s.list.lines.length - 1;
      if (frame.hasText && last >= 0) s.list.lines[last] += '\\';
      line(s, frame.itemIndent, text);
    }
    frame.hasText = true;
  }
}

/** Closes the innermost list; true when that was the outermost one. */
export function closeList(s: BodyState): boolean {
  s.list.frames.pop();
  return s.list.frames.length === 0;
}

/** The list so far as text, and whether it is a `list` block; empties the lines. */
export function takeList(s: BodyState): { text: string; simple: boolean } | null {
  if (!s.list.lines.length) return null;
  const { lines, simple } = s.list;
  s.list.lines = [];
  if (simple) return { text: lines.map((l) => l.replace(/^- /, '')).join('\n'), simple };
  return { text: lines.join('\n'), simple };
}
