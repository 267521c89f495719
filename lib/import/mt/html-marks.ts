import type { BodyState } from './html-blocks';

/** Inline formatting the importer keeps: Markdown delimiters, or the allowlisted inline tags. */
const DELIMITERS: Record<string, string> = {
  strong: '**',
  b: '**',
  em: '*',
  i: '*',
  del: '~~',
  s: '~~',
  strike: '~~',
};
const TAGS = new Set(['sub', 'sup', 'kbd', 'mark', 'ruby', 'rt', 'rp']);

/** An open inline element: where its text starts in the buffer. */
export type MarkFrame = { tag: string; start: number; active: boolean; seq: number };

export const isMark = (tag: string) => tag in DELIMITERS || TAGS.has(tag) || tag === 'code';

const PUNCT = /[\p{P}\p{S}\\]/u;
const SPACE = /\s/;

/**
 * Emphasis whose delimiter could not open (CommonMark's flanking rule: after a letter, before
 * punctuation) would show as literal asterisks: such a run keeps its words and loses the marks.
 */
function canOpen(before: string, first: string): boolean {
  return !(PUNCT.test(first) && before !== '' && !SPACE.test(before) && !PUNCT.test(before));
}

/** A code span for raw text: a fence longer than any backtick run inside; `|` escaped in a table. */
function codeSpan(raw: string, inTable: boolean): string {
  const flat = raw.replace(/\s+/g, ' ');
  if (!flat.trim()) return flat;
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$|^ .*[^ ].* $/.test(flat) ? ' ' : '';
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** The buffer's text since `frame` opened, wrapped in its markup (whitespace kept outside). */
export function wrap(s: BodyState, frame: MarkFrame) {
  const segment = s.buf.slice(frame.start);
  const head = s.buf.slice(0, frame.start);
  if (frame.tag === 'code') return void (s.buf = head + codeSpan(segment, s.table !== null));
  const inner = segment.trim();
  // A blank line inside would split the paragraph between the two delimiters.
  if (!inner || /\n\s*\n/.test(segment)) return;
  const lead = /^\s*/.exec(segment)![0];
  const trail = /\s*$/.exec(segment)![0];
  const delimiter = DELIMITERS[frame.tag];
  if (delimiter && !canOpen((head + lead).slice(-1), inner[0]!)) return;
  const [open, close] = delimiter ? [delimiter, delimiter] : [`<${frame.tag}>`, `</${frame.tag}>`];
  s.buf = `${head}${lead}${open}${inner}${close}${trail}`;
}

/** Inside a code span or a code block, text is written as it is (no escapes). */
export const inCode = (s: BodyState) => s.marks.some((m) => m.active && m.tag === 'code');

export function openMark(s: BodyState, tag: string) {
  // Nothing inside code is markup; the same emphasis twice is once.
  const same = s.marks.some((m) => m.active && DELIMITERS[m.tag] === DELIMITERS[tag]);
  const active = s.pre === 0 && s.capture === null && !inCode(s) && !(DELIMITERS[tag] && same);
  s.marks.push({ tag, start: s.buf.length, active, seq: s.seq++ });
}
