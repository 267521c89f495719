/**
 * Plain text → Markdown that shows the same words (HTML whitespace rules: runs of spaces and
 * newlines read as one space). Every character Markdown or the ruby notation could read as syntax
 * is escaped; line starts lose their indentation (which would make code) and escape list, heading,
 * quote and table-delimiter markers. GFM's bare-URL links (`https://`, `www.`, `@`) are broken up, since an
 * escape inside one would show as a backslash.
 */
const ALWAYS = /[\\`*_[\]<>|~&!@｜《]|(?<=(?:https?|mailto|xmpp)):|(?<=www)\./gi;
// A leading ':' too: `:-` under a line is a GFM table's delimiter row (a one-column table).
const LINE_START = /^(\d{1,9})([.)])|^([-+=#:])/;

/** A line's start made safe: no indentation, list/heading/quote markers escaped. */
export const escapeLineStart = (line: string) =>
  line.replace(/^[ \t]+/, '').replace(LINE_START, '$1\\$2$3');

export function escapeLine(line: string, atLineStart: boolean): string {
  const out = line.replace(ALWAYS, (c) => `\\${c}`);
  return atLineStart ? escapeLineStart(out) : out;
}

/** `atLineStart`: whether the text begins a line of the output it joins. */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const lines = text
    .replace(/[ \t]*\n\s*/g, '\n') // no blank lines (new paragraphs) and no hard breaks
    .split('\n');
  return lines.map((line, i) => escapeLine(line, atLineStart || i > 0)).join('\n');
}
