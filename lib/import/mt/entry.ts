import { decodeText } from '../decode';
import { parseMtDate } from './date';
import { excerpt } from './dropped';
import { mtTags } from './tags';

export type MtComment = {
  author: string;
  email: string;
  ip?: string;
  url?: string;
  date: Date;
  /** The comment's text as exported (HTML), and the 1-based line it starts on. */
  body: string;
  line: number;
  status: 'approved' | 'pending';
};

export type MtEntry = {
  /** 1-based line where the entry starts in the export. */
  line: number;
  author: string;
  title: string;
  basename?: string;
  status: 'draft' | 'published';
  allowComments: boolean;
  /** Raw CONVERT BREAKS value ("1", "0", "__default__", a formatter name), when given. */
  convertBreaks?: string;
  date: Date;
  /** Primary category first. */
  categories: string[];
  /** Every `TAGS:` line's tags, in order (lib/import/mt/tags.ts). */
  tags: string[];
  body: string;
  extendedBody: string;
  /** 1-based lines where the body and the extended body start, when the entry has them. */
  bodyLine?: number;
  extendedBodyLine?: number;
  excerpt?: string;
  keywords?: string;
  comments: MtComment[];
  /** Fields and sections Taiyaku has no place for (KEYWORDS, PING, unknown keys): reported, not imported. */
  notImported: MtNotImported[];
};

/** A piece of an entry left out whole: its 1-based line, key or section name, and a short excerpt. */
export type MtNotImported = { line: number; element: string; excerpt: string };

/** A section of an entry: its lines and the 1-based line number of the first one. */
export type MtSection = { line: number; lines: string[] };

export class MtEntryError extends Error {}

// Custom fields carry digits and underscores (CF50_BASENAME).
const HEADER = /^([A-Z][A-Z0-9_ ]*[A-Z0-9]):(?: (.*)|)$/;

/**
 * "KEY: value" lines with their line numbers; the same key may repeat (CATEGORY). A line of
 * another shape is listed in `unread` with its line, and the entry keeps the rest.
 */
export function readHeaders(lines: string[], firstLine: number) {
  const headers: Array<[string, string, number]> = [];
  const unread: MtNotImported[] = [];
  lines.forEach((raw, k) => {
    if (!raw.trim()) return;
    const m = HEADER.exec(raw.trimEnd());
    if (m) headers.push([m[1] ?? '', (m[2] ?? '').trim(), firstLine + k]);
    else unread.push({ line: firstLine + k, element: 'unreadable line', excerpt: excerpt(raw) });
  });
  return { headers, unread };
}

function commentStatus(value: string | undefined): MtComment['status'] {
  // Exports carry published comments; only an explicit non-approved STATUS holds one back.
  if (value === undefined || /^(approved?|publish(ed)?|1|visible)$/i.test(value)) return 'approved';
  return 'pending';
}

// A header value of the wrong shape ("URL: see my post below") is the comment's first line of text.
const FITS: Record<string, RegExp> = { EMAIL: /^\S*$/, URL: /^\S*$/, IP: /^[0-9A-Fa-f:.]*$/ };

/**
 * A COMMENT section: header lines, then the comment text. The headers end at the first line that
 * is not a comment header, repeats one already read, or has a value no header of that key has.
 */
export function parseComment(lines: string[], firstLine: number, timeZone: string): MtComment {
  const fields = new Map<string, string>();
  let k = 0;
  for (; k < lines.length; k++) {
    const m = /^(AUTHOR|EMAIL|IP|URL|DATE|STATUS):\s?(.*)$/.exec(lines[k] ?? '');
    const [key, value] = [m?.[1] ?? '', (m?.[2] ?? '').trim()];
    if (!m || fields.has(key) || !(FITS[key]?.test(value) ?? true)) break;
    fields.set(key, value);
  }
  const rawDate = fields.get('DATE');
  const date = rawDate ? parseMtDate(rawDate, timeZone) : null;
  if (!date)
    throw new MtEntryError(
      `line ${firstLine}: comment has ${rawDate ? `an unparsable DATE "${rawDate}"` : 'no DATE'}`,
    );
  return {
    author: fields.get('AUTHOR') ?? '',
    email: fields.get('EMAIL') ?? '',
    ...(fields.get('IP') ? { ip: fields.get('IP') } : {}),
    ...(fields.get('URL') ? { url: fields.get('URL') } : {}),
    date,
    body: lines.slice(k).join('\n').trim(),
    line:
      firstLine +
      k +
      Math.max(
        0,
        lines.slice(k).findIndex((l) => l.trim() !== ''),
      ),
    status: commentStatus(fields.get('STATUS')),
  };
}

function entryStatus(value: string | undefined): MtEntry['status'] {
  if (value === undefined) return 'draft'; // never publish by accident
  if (/^publish(ed)?$/i.test(value)) return 'published';
  if (/^(draft|future|review|scheduled|unpublish(ed)?)$/i.test(value)) return 'draft';
  throw new MtEntryError(`unknown STATUS "${value}"`);
}

/** Keys the importer reads; ALLOW PINGS is a setting Taiyaku has no use for, and no text. */
const USED = new Set([
  'AUTHOR',
  'TITLE',
  'BASENAME',
  'STATUS',
  'ALLOW COMMENTS',
  'ALLOW PINGS',
  'CONVERT BREAKS',
  'DATE',
  'PRIMARY CATEGORY',
  'CATEGORY',
  'TAGS',
]);

/** Every MT entry key: a line `KEY: value` with one of them after `--------` starts the next entry. */
export const ENTRY_KEYS = new Set([...USED, 'NO ENTRY']);

/** The metadata section (AUTHOR, TITLE, DATE, CATEGORY, TAGS…); other keys are listed in notImported. */
export function parseMeta(section: MtSection, timeZone: string) {
  const { headers, unread } = readHeaders(section.lines, section.line);
  const get = (key: string) => headers.find(([k]) => k === key)?.[1];
  const title = decodeText(get('TITLE') ?? '');
  if (!title) throw new MtEntryError('missing TITLE');
  const rawDate = get('DATE');
  const date = rawDate ? parseMtDate(rawDate, timeZone) : null;
  if (!date) throw new MtEntryError(rawDate ? `unparsable DATE "${rawDate}"` : 'missing DATE');
  const primary = get('PRIMARY CATEGORY');
  const listed = headers.filter(([k]) => k === 'CATEGORY').map(([, v]) => v);
  const named = [primary, ...listed].filter((c): c is string => !!c).map(decodeText);
  const categories = [...new Set(named)];
  const tags = [...new Set(headers.filter(([k]) => k === 'TAGS').flatMap(([, v]) => mtTags(v)))];
  const basename = get('BASENAME');
  const convertBreaks = get('CONVERT BREAKS');
  return {
    author: get('AUTHOR') ?? '',
    title,
    ...(basename ? { basename } : {}),
    status: entryStatus(get('STATUS')),
    allowComments: get('ALLOW COMMENTS') !== '0',
    ...(convertBreaks ? { convertBreaks } : {}),
    date,
    categories,
    tags,
    notImported: headers
      .filter(([k, v]) => v && !USED.has(k))
      .map(([element, v, line]) => ({ line, element, excerpt: excerpt(v) }))
      .concat(unread),
  };
}
