// Counts a WordPress export's items by type and status with htmlparser2's XML mode (not the
// importer's scanner and parser), and keeps each post's and page's title and body segments.
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { segments } from './segments';

export type CountedItem = {
  id: string;
  type: string;
  status: string;
  title: string;
  line: number;
  segments: string[];
};

const FIELDS = new Set(['title', 'wp:post_id', 'wp:post_type', 'wp:status', 'content:encoded']);

export function countWxr(xml: string): { items: CountedItem[]; byKind: Map<string, number> } {
  const items: CountedItem[] = [];
  let item: Record<string, string> | null = null;
  let field: string | null = null;
  let line = 1;
  let seen = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'item') {
          for (; seen < parser.startIndex; seen++) if (xml.charCodeAt(seen) === 10) line++;
          item = { line: String(line) };
        } else if (item && FIELDS.has(name) && !(name in item)) [field, item[name]] = [name, ''];
      },
      ontext(text) {
        if (item && field) item[field] += text;
      },
      oncdatastart() {},
      onclosetag(name) {
        if (name === field) field = null;
        if (name !== 'item' || !item) return;
        items.push(toItem(item));
        item = null;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  const byKind = new Map<string, number>();
  for (const i of items) byKind.set(kindOf(i), (byKind.get(kindOf(i)) ?? 0) + 1);
  return { items, byKind };
}

function toItem(raw: Record<string, string>): CountedItem {
  const type = (raw['wp:post_type'] ?? 'post').trim() || 'post';
  return {
    id: (raw['wp:post_id'] ?? '').trim(),
    type,
    status: (raw['wp:status'] ?? '').trim(),
    title: decodeHTML((raw.title ?? '').trim()).normalize('NFC'),
    line: Number(raw.line),
    segments: type === 'post' || type === 'page' ? segments(raw['content:encoded'] ?? '') : [],
  };
}

/** "post", "page (draft)", "attachment"…: statuses only for posts and pages. */
function kindOf(i: Pick<CountedItem, 'type' | 'status'>): string {
  if (i.type !== 'post' && i.type !== 'page') return i.type;
  return i.status === 'publish' ? i.type : `${i.type} (${i.status})`;
}
