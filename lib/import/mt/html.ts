import { escapeLine } from '@/lib/blocks/markdown/escape';
import { imageHref } from '@/lib/blocks/media';
import type { BlockInput } from '@/lib/blocks/types';
import { BLOCK_TEXT_MAX } from '@/lib/validations/post';
import { wpComment, wpText, type WpContext, type WpOptions, wpContext } from '../wp/content';
import { excerpt, withLines, type Dropped, type LineDropped } from './dropped';
import { blockTag, finishBlocks } from './html-block-tags';
import { bodyState, flush, pushBlock, push, type BodyState } from './html-blocks';
import { CAPTION_BREAKS, captureTag, endCapture, mediaElement, more } from './html-capture';
import { spillCell } from './html-table';
import { inCode, isMark, openMark } from './html-marks';
import { closeAnchor, closeMark, openAnchor } from './html-segments';
import { noteRef, notesOf, unwrittenNotes } from './html-notes';
import { walkHtml, type At } from './html-walk';
import { imageSrc } from './urls';

export type BodyBlocks = { blocks: BlockInput[]; dropped: Dropped[] };
export type EntryBlocks = { blocks: BlockInput[]; dropped: LineDropped[] };
export type BodyOptions = { convertBreaks?: boolean; wordpress?: WpOptions };

/** An image block (linked when inside a link), or a report line when its address cannot be kept. */
function image(s: BodyState, attrs: Record<string, string>, at: At) {
  const src = imageSrc(attrs.src ?? '');
  const alt = (attrs.alt ?? '').replace(/\s+/g, ' ').trim();
  if (!src)
    return void s.dropped.push({
      element: '<img>',
      reason: 'image',
      excerpt: excerpt([alt, attrs.src ?? ''].filter(Boolean).join(' ')),
      ...at,
    });
  const link = s.links.at(-1);
  const href = link?.href && !s.buf.slice(link.start).trim() ? imageHref(link.href) : null;
  if (href) link!.labelled = true;
  const block: BlockInput = {
    kind: 'image',
    src,
    ...(href ? { href } : {}),
    texts: { [s.language]: alt || null },
  };
  if (s.table) return void s.table.after.push(block);
  flush(s);
  pushBlock(s, block);
}

/** Text as Markdown: escaped, except in code and captions, which are written as they are. */
function append(s: BodyState, text: string, convertBreaks: boolean) {
  // Text longer than a block holds is cut into blocks anyway: cut at a space once it is that long,
  // so closing a mark or link (which rewrites the text since it opened) stays linear in time.
  if (s.buf.length > BLOCK_TEXT_MAX && s.pre === 0 && /^\s/.test(text)) {
    if (s.table) spillCell(s, s.table);
    else flush(s);
  }
  const kept = s.pre > 0 || convertBreaks ? text : text.replace(/\n/g, ' ');
  // Preformatted text in a table cell is a cell's text (Markdown), not a code block: escaped.
  const raw = (s.pre > 0 && !s.table) || s.capture || inCode(s);
  // Raw text in a table cell still may not end the cell: a `|` there is escaped (code spans
  // escape theirs when they close).
  const cell = raw && s.table && !inCode(s) ? kept.replace(/\|/g, '\\|') : kept;
  s.buf += raw ? cell : escapeLine(kept, false);
}

/** A Gutenberg footnote reference, where Markdown can hold one (not in a heading). */
function footnote(s: BodyState, id: string): boolean {
  if (s.heading || s.capture) return false;
  const ref = noteRef(s.notes, id);
  if (ref === null) return false;
  s.buf += ref;
  if (s.list.frames.length) s.list.simple = false;
  return true;
}

function finish(s: BodyState) {
  if (s.capture) endCapture(s);
  finishBlocks(s);
  for (const note of unwrittenNotes(s.notes)) push(s, 'paragraph', note);
}

/**
 * Converts an MT or WordPress body (HTML, often with CONVERT BREAKS line breaks) to blocks whose
 * text is Markdown: headings, paragraphs, quotes, lists (numbered and nested), tables, code,
 * images; bold, italic, code, strikethrough, links and the allowlisted inline tags; every other
 * character escaped. With `wordpress`, shortcodes, block comments and footnotes become their
 * blocks too. Scripts, styles, embeds and form controls go with their content, and every piece
 * left out is listed in `dropped`, with offsets into `html`.
 */
export function mtBodyToBlocks(html: string, language: string, opts: BodyOptions = {}): BodyBlocks {
  const convertBreaks = opts.convertBreaks ?? true;
  const wp: WpContext | null = opts.wordpress ? wpContext(opts.wordpress, html) : null;
  const s = bodyState(language, notesOf(opts.wordpress?.footnotes));
  let skip = 0; // inside a footnote reference: its number is the reference's
  const walked = walkHtml(html.replace(/\r\n?/g, '\n'), {
    open(name, attrs, at) {
      if (skip) return void (name === 'sup' && skip++);
      if (name === 'sup' && attrs['data-fn'] && footnote(s, attrs['data-fn'])) skip = 1;
      else if (s.capture) captureTag(s, name, attrs, at);
      else if (name === 'audio' || name === 'video') mediaElement(s, name, attrs, at);
      else if (name === 'br') s.buf += '\n';
      else if (name === 'img') image(s, attrs, at);
      else if (name === 'a') openAnchor(s, attrs, at);
      else if (isMark(name)) openMark(s, name);
      else blockTag(s, name, attrs, false);
    },
    close(name, at) {
      if (skip) return void (name === 'sup' && skip--);
      if (s.capture?.end === `</${name}>`) return endCapture(s);
      if (s.capture) return void (CAPTION_BREAKS.has(name) && (s.buf += '\n'));
      if (name === 'a') closeAnchor(s, at.end);
      else if (isMark(name)) closeMark(s, name);
      else blockTag(s, name, {}, true);
    },
    text(text, at) {
      if (skip) return;
      if (wp) wpText(s, wp, text, at, (t) => append(s, t, convertBreaks));
      else append(s, text, convertBreaks);
    },
    comment(data, at) {
      if (/^\s*more\b/.test(data)) more(s);
      else if (wp) wpComment(s, data, at);
    },
    // <audio> and <video> are media blocks; inside one, its <source>s give the address.
    // (In a table cell they stay removed and listed: a cell holds text only.)
    keep: (name) =>
      ((name === 'audio' || name === 'video') && !s.table) ||
      (name === 'source' && s.capture !== null),
  });
  finish(s);
  return { blocks: s.blocks, dropped: [...walked, ...s.dropped].sort((a, b) => a.start - b.start) };
}

/**
 * Body, an excerpt break, then the extended body ("continue reading"), honouring CONVERT BREAKS;
 * dropped pieces get their export line.
 */
export function mtEntryToBlocks(
  entry: {
    body: string;
    extendedBody: string;
    convertBreaks?: string;
    bodyLine?: number;
    extendedBodyLine?: number;
  },
  language: string,
): EntryBlocks {
  const convertBreaks = entry.convertBreaks !== '0';
  const out: EntryBlocks = { blocks: [], dropped: [] };
  for (const [html, line] of [
    [entry.body, entry.bodyLine],
    [entry.extendedBody, entry.extendedBodyLine],
  ] as const) {
    const { blocks, dropped } = mtBodyToBlocks(html, language, { convertBreaks });
    // The extended body is what "continue reading" shows: the excerpt break goes before it.
    const more = html === entry.extendedBody && out.blocks.length && blocks.length;
    if (more && !out.blocks.some((b) => b.kind === 'more'))
      out.blocks.push({ kind: 'more', texts: {} });
    out.blocks.push(...blocks);
    out.dropped.push(...withLines(html, line ?? 1, dropped));
  }
  return out;
}
