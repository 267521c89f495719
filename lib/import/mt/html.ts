import type { BlockInput } from '@/lib/blocks/types';
import { excerpt, withLines, type Dropped, type LineDropped } from './dropped';
import { blockTag, bodyState, finish, flush, pushBlock, type BodyState } from './html-blocks';
import { closeLink, openLink } from './html-inline';
import { walkHtml, type At } from './html-walk';
import { imageSrc } from './urls';

export type BodyBlocks = { blocks: BlockInput[]; dropped: Dropped[] };
export type EntryBlocks = { blocks: BlockInput[]; dropped: LineDropped[] };

/** An image block, or a report line when its address cannot be kept (its alt text goes with it). */
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
  flush(s);
  pushBlock(s, { kind: 'image', src, texts: { [s.language]: alt || null } });
}

/**
 * Converts an MT body (HTML, often with CONVERT BREAKS line breaks) to blocks: headings,
 * paragraphs, quotes, lists, code and images; links become `[text](url)`. Scripts, styles, embeds
 * and form controls go with their content, and every piece left out is listed in `dropped`,
 * with offsets into `html`.
 */
export function mtBodyToBlocks(
  html: string,
  language: string,
  opts: { convertBreaks?: boolean } = {},
): BodyBlocks {
  const convertBreaks = opts.convertBreaks ?? true;
  const s = bodyState(language);
  const walked = walkHtml(html.replace(/\r\n?/g, '\n'), {
    open(name, attrs, at) {
      if (name === 'br') s.buf += '\n';
      else if (name === 'img') image(s, attrs, at);
      else if (name === 'a') openLink(s, attrs, at);
      else blockTag(s, name, false);
    },
    close(name, at) {
      if (name === 'a') closeLink(s, at.end);
      else blockTag(s, name, true);
    },
    text(text) {
      s.buf += s.pre > 0 || convertBreaks ? text : text.replace(/\n/g, ' ');
    },
  });
  finish(s);
  return { blocks: s.blocks, dropped: [...walked, ...s.dropped].sort((a, b) => a.start - b.start) };
}

/** Body then extended body ("continue reading"), honouring CONVERT BREAKS; dropped pieces get their export line. */
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
    out.blocks.push(...blocks);
    out.dropped.push(...withLines(html, line ?? 1, dropped));
  }
  return out;
}
