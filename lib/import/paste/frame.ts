/**
 * The page around the article when a whole blog page is pasted: the masthead above it (blog
 * name, tagline, navigation, the date line) and the site's widgets and copyright below it. Like
 * all chrome these lines are only proposed for removal; the point is to find where the article
 * starts, so its headline, not the blog's name, becomes the title.
 */
import { NAV_WORDS } from './frame-words';
import { pageTitleShape } from './page';
import { hasTerminalPunctuation, type Paragraph } from './text';

export type FrameReason = 'masthead' | 'date' | 'sidebar' | 'copyright';
export type FrameLine = { index: number; reason: FrameReason };

const units = (s: string) => s.replace(/\s/g, '').length;
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  [
    '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日',
    '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}',
    `(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\d{1,2}\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}`,
  ].join('|'),
  'i',
);
// What may surround a date on a dateline or byline: weekday, time, "posted on … by NAME".
const DATELINE_REST =
  /\b(?:posted|published|updated|on|by|at|in)\b|投稿日?|公開日?|更新日?|[(（][日月火水木金土][)）]|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}:\d{2}(?::\d{2})?|[|｜,:：\-–—]/gi;

/** A line that is a date with at most a few words around it ("Posted on May 3, 2024 by Ann"). */
export function isDateLine(text: string): boolean {
  const m = DATE.exec(text);
  if (!m || text.length > 80) return false;
  const rest = text.replace(m[0], ' ').replace(DATELINE_REST, ' ').trim();
  return rest.split(/\s+/).filter(Boolean).length <= 2;
}

const navKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[«»<>|｜·•›‹:：]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** A navigation or widget heading: "Home", "トップページ", "<< 前の記事 | 次の記事 >>"-like rows. */
const isNav = (text: string) =>
  NAV_WORDS.has(navKey(text)) || /^(?:[«<]{1,2}.*|.*[»>]{1,2})$/.test(text.trim());
const COPYRIGHT =
  /^(?:copyright\b|©|\(c\)\s)|all rights reserved|(?:proudly )?powered by\s|theme(?: by|:)\s/i;
/** Calendar rows, "カテゴリ名(12)" counts, bare numbers: widgets, not prose. */
const WIDGET = /^[\d\s日月火水木金土]+$|\(\d+\)$|（\d+）$/;

/** Prose: a sentence long enough that no masthead or widget would be written that way. */
export const isProse = (p: Paragraph) =>
  (hasTerminalPunctuation(p.text) && units(p.text) >= 20) || units(p.text) >= 120;
const isShort = (p: Paragraph) => !hasTerminalPunctuation(p.text) && units(p.text) <= 40;

/**
 * Where the article starts among the lines above its first prose line, and which of those lines
 * are masthead or dateline. Needs evidence (a dateline, a navigation word or the blog's name):
 * a headline with its standfirst above the first paragraph is not a masthead.
 */
function masthead(top: Paragraph[], blogName: string | null): FrameLine[] {
  const dated = top.findIndex((p) => isDateLine(p.text));
  const known = (p: Paragraph) => isNav(p.text) || (!!blogName && p.text === blogName);
  let start: number;
  if (dated >= 0) {
    // Seesaa and Hatena put the date above the headline; WordPress puts its byline below.
    const after = top[dated + 1];
    start = after && isShort(after) && !isDateLine(after.text) ? dated + 1 : dated - 1;
  } else {
    start = 0;
    while (start < top.length - 1 && known(top[start]!)) start++;
    if (start === 0 || !top.slice(0, start).some(known)) return [];
  }
  if (start < 0) return [];
  const out: FrameLine[] = [];
  top.forEach((p, k) => {
    if (isDateLine(p.text) && (k < start || k === dated)) out.push({ index: k, reason: 'date' });
    else if (k < start) out.push({ index: k, reason: 'masthead' });
  });
  return out;
}

const widgetLike = (p: Paragraph) =>
  COPYRIGHT.test(p.text) || (!isProse(p) && (isShort(p) || WIDGET.test(p.text) || isNav(p.text)));
const widgetEvidence = (p: Paragraph) =>
  isNav(p.text) || COPYRIGHT.test(p.text) || /\(\d+\)$|（\d+）$/.test(p.text);

/**
 * Where the sidebar starts below the post: the longest run of widget-like lines that ends the
 * paste and holds a widget heading, archive count or copyright (Infinity when there is none), so
 * a translation pasted below the footer is never taken for a widget.
 */
function sidebarStart(content: Paragraph[], postEnd: number | null, from: number): number {
  if (postEnd === null) return Infinity;
  let start = content.length;
  while (start > from && content[start - 1]!.line > postEnd && widgetLike(content[start - 1]!))
    start--;
  // The run starts at its first widget heading: short lines above it may be the post's.
  while (start < content.length && !widgetEvidence(content[start]!)) start++;
  return start < content.length ? start : Infinity;
}

/**
 * The frame's lines among `content` (indexes into it). `pageTitleLine`: a first line shaped
 * "Title: Blog name", which the page-title rule reads and which is never part of the masthead.
 * `postEnd`: the line of the post's first footer, below which widgets and copyright sit.
 */
export function findFrame(content: Paragraph[], postEnd: number | null): FrameLine[] {
  const shaped = content[0] ? pageTitleShape(content[0].text) : null;
  const skip = shaped ? 1 : 0;
  const firstProse = content.findIndex(isProse);
  const topEnd = firstProse < 0 ? 0 : firstProse;
  const top = content.slice(skip, topEnd);
  const out = masthead(top, shaped?.blogName ?? null).map((f) => ({ ...f, index: f.index + skip }));
  const lastProse = content.findLastIndex(isProse);
  const sidebar = sidebarStart(content, postEnd, topEnd);
  content.forEach((p, k) => {
    if (k < topEnd) return;
    if (COPYRIGHT.test(p.text) && (k >= sidebar || k > lastProse))
      out.push({ index: k, reason: 'copyright' });
    else if (k >= sidebar) out.push({ index: k, reason: 'sidebar' });
  });
  return out;
}
