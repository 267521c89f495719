import { HTML_DEPTH_MAX, htmlTooDeep } from '../html-depth';
import { excerpt } from '../mt/dropped';
import { readChannel, type WxrChannel } from './channel';
import { parseWxrItem, WxrItemError, type WxrItem } from './item';
import { scanWxr } from './scan';
import { readTerms, type WxrTerms } from './terms';

export type { WxrComment, WxrItem } from './item';
export type { WxrChannel } from './channel';
export type WxrError = { line: number; message: string };
export type WxrNotImported = { line: number; element: string; excerpt: string };
export type WxrParseResult = {
  /** Posts and pages, in export order. */
  items: WxrItem[];
  errors: WxrError[];
  /** Items of kinds Taiyaku has no place for (attachments, menus, reusable blocks…). */
  notImported: WxrNotImported[];
  /** How many `<item>` elements the file has. */
  total: number;
  channel: WxrChannel;
  /** The channel's categories, tags and Polylang term translations (lib/import/wxr/terms.ts). */
  terms: WxrTerms;
};

const IMPORTED_TYPES = new Set(['post', 'page']);
/** Posts in WordPress's trash, unsaved auto-drafts and revisions: listed, not imported. */
const SKIPPED_STATUSES = new Set(['trash', 'auto-draft', 'inherit']);

/** Thrown when the file is not a WordPress export at all. */
export class WxrFileError extends Error {}

function problem(item: WxrItem): string | null {
  if (!item.title && !item.content) return 'has neither a title nor any content';
  const rawDate = item.date === null && item.status === 'publish';
  if (rawDate) return 'is published but has no valid date (wp:post_date_gmt / wp:post_date)';
  if (htmlTooDeep(item.content)) return `has HTML nested deeper than ${HTML_DEPTH_MAX} elements`;
  return null;
}

/**
 * Parses a WordPress export (WXR): each `<item>` on its own, so a malformed or incomplete one is
 * reported with its position (item number and line) and the others still import. Dates become
 * UTC: `*_gmt` fields as they are, the others read in `timeZone`.
 */
export function parseWxr(text: string, opts: { timeZone: string }): WxrParseResult {
  const { head, items } = scanWxr(text.replace(/^\uFEFF/, ''));
  if (!/<rss[\s>]/.test(head) || !head.includes('wordpress.org/export/'))
    throw new WxrFileError(
      'This is not a WordPress export (WXR): no <rss> with the WordPress export namespace.',
    );
  const result: WxrParseResult = {
    items: [],
    errors: [],
    notImported: [],
    total: items.length,
    channel: readChannel(head),
    terms: readTerms(head),
  };
  for (const fragment of items) {
    const where = `item ${fragment.index + 1}`;
    if (!fragment.closed) {
      result.errors.push({ line: fragment.line, message: `${where}: <item> is never closed` });
      continue;
    }
    let item: WxrItem;
    try {
      item = parseWxrItem(fragment, opts.timeZone);
    } catch (error) {
      if (!(error instanceof WxrItemError)) throw error;
      result.errors.push({ line: fragment.line, message: `${where}, ${error.message}` });
      continue;
    }
    if (!IMPORTED_TYPES.has(item.type) || SKIPPED_STATUSES.has(item.status)) {
      const what = [item.title, item.content].filter(Boolean).join(' ');
      const element = IMPORTED_TYPES.has(item.type) ? `${item.type} (${item.status})` : item.type;
      result.notImported.push({ line: item.line, element, excerpt: excerpt(what) });
      continue;
    }
    const broken = problem(item);
    if (broken) result.errors.push({ line: item.line, message: `${where} ${broken}` });
    else result.items.push(item);
  }
  return result;
}
