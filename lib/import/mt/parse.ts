import { HTML_DEPTH_MAX, htmlTooDeep } from '../html-depth';
import { isTimeZone } from '@/lib/time-zone';
import { excerpt } from './dropped';
import {
  ENTRY_KEYS,
  MtEntryError,
  parseComment,
  parseMeta,
  type MtEntry,
  type MtSection,
} from './entry';

export type { MtEntry } from './entry';
export type MtParseError = { line: number; message: string };
export type MtParseResult = { entries: MtEntry[]; errors: MtParseError[] };
export type MtParseOptions = {
  /** IANA zone the export's wall-clock dates are in. */ timeZone?: string;
};

const ENTRY_END = '--------';
const SECTION_END = '-----';
const IMPORTED = new Set(['BODY', 'EXTENDED BODY', 'EXCERPT', 'COMMENT']);
const SECTION = /^(BODY|EXTENDED BODY|EXCERPT|KEYWORDS|COMMENT|PING):\s*(.*)$/;

const KEY = /^([A-Z][A-Z ]*[A-Z]):(?: |$)/;
/** A section MT does not define (`GALLERY:` alone on its line): reported and left out whole. */
const OTHER_SECTION = /^([A-Z][A-Z ]*[A-Z]):()$/;

/** The index of the first non-blank line after `k`, or -1 at the end of the file. */
function nextText(lines: string[], k: number): number {
  for (let j = k + 1; j < lines.length; j++) if (lines[j]?.trim()) return j;
  return -1;
}

/**
 * Whether the divider on line `k` is one: `--------` only before an entry's first header (or the
 * end), `-----` only before a section header or an entry end. Elsewhere a line of dashes is text
 * (a rule drawn in a body) and stays in it.
 */
function isDivider(lines: string[], k: number, divider: string): boolean {
  const next = nextText(lines, k);
  if (next < 0) return true;
  const text = (lines[next] ?? '').trimEnd();
  if (divider === ENTRY_END) return ENTRY_KEYS.has(KEY.exec(text)?.[1] ?? '');
  return (
    SECTION.test(text) ||
    OTHER_SECTION.test(text) ||
    (text === ENTRY_END && isDivider(lines, next, ENTRY_END))
  );
}

/** Splits the export into entries, each a list of sections, keeping 1-based line numbers. */
function splitEntries(text: string): Array<{ line: number; sections: MtSection[] }> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries: Array<{ line: number; sections: MtSection[] }> = [];
  let sections: MtSection[] = [];
  let current: MtSection | null = null;
  let start = 0;
  const close = () => {
    if (sections.length) entries.push({ line: start, sections });
    sections = [];
    current = null;
  };
  lines.forEach((raw, k) => {
    const trimmed = raw.trimEnd();
    if (trimmed === ENTRY_END && isDivider(lines, k, ENTRY_END)) return close();
    if (trimmed === SECTION_END && (!current || isDivider(lines, k, SECTION_END)))
      return void (current = null);
    if (!current) {
      if (!trimmed) return; // blank lines between sections
      if (!sections.length) start = k + 1;
      current = { line: k + 1, lines: [] };
      sections.push(current);
    }
    current.lines.push(raw);
  });
  close();
  return entries;
}

/** A comment whose header cannot be read (no DATE…) is listed with its line, not the entry's end. */
function readComment(entry: MtEntry, body: string[], line: number, timeZone: string) {
  try {
    entry.comments.push(parseComment(body, line, timeZone));
  } catch (err) {
    if (!(err instanceof MtEntryError)) throw err;
    const why = err.message.replace(/^line \d+: /, '');
    entry.notImported.push({ line, element: `COMMENT (${why})`, excerpt: excerpt(body.join(' ')) });
  }
}

function parseEntry(line: number, sections: MtSection[], timeZone: string): MtEntry {
  const [meta, ...rest] = sections;
  const entry: MtEntry = {
    line,
    ...parseMeta(meta as MtSection, timeZone),
    body: '',
    extendedBody: '',
    comments: [],
  };
  for (const section of rest) {
    const head = section.lines[0]?.trimEnd() ?? '';
    const m = SECTION.exec(head) ?? OTHER_SECTION.exec(head);
    if (!m) {
      // One section the parser cannot read is listed; the entry and its other sections stay.
      const text = section.lines.join('\n');
      entry.notImported.push({
        line: section.line,
        element: 'unreadable section',
        excerpt: excerpt(text),
      });
      continue;
    }
    const body = section.lines.slice(1);
    if (m[2]) body.unshift(m[2]);
    const content = body.join('\n').trim();
    // The line the trimmed content starts on, so dropped HTML can be reported by its line.
    const contentLine =
      section.line +
      (m[2] ? 0 : 1) +
      Math.max(
        0,
        body.findIndex((l) => l.trim() !== ''),
      );
    if ((m[1] === 'BODY' || m[1] === 'EXTENDED BODY') && htmlTooDeep(content))
      throw new MtEntryError(
        `line ${contentLine}: HTML nested deeper than ${HTML_DEPTH_MAX} elements`,
      );
    if (m[1] === 'BODY') [entry.body, entry.bodyLine] = [content, contentLine];
    else if (m[1] === 'EXTENDED BODY')
      [entry.extendedBody, entry.extendedBodyLine] = [content, contentLine];
    else if (m[1] === 'EXCERPT' && content) entry.excerpt = content;
    else if (m[1] === 'COMMENT') readComment(entry, body, section.line + 1, timeZone);
    if (m[1] === 'KEYWORDS' && content) entry.keywords = content;
    // KEYWORDS, PING (trackbacks) and unknown sections have no place in Taiyaku: reported.
    const name = m[1] ?? '';
    if (!IMPORTED.has(name) && content)
      entry.notImported.push({ line: contentLine, element: name, excerpt: excerpt(content) });
  }
  return entry;
}

/**
 * Parses a Movable Type / Seesaa export. Malformed entries (no TITLE, bad DATE, unknown
 * section…) are reported with the line the entry starts on and skipped; the rest still parse.
 */
export function parseMt(text: string, opts: MtParseOptions = {}): MtParseResult {
  const timeZone = opts.timeZone ?? 'Asia/Tokyo';
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const result: MtParseResult = { entries: [], errors: [] };
  for (const { line, sections } of splitEntries(text)) {
    try {
      result.entries.push(parseEntry(line, sections, timeZone));
    } catch (err) {
      if (!(err instanceof MtEntryError)) throw err;
      result.errors.push({ line, message: err.message });
    }
  }
  return result;
}
