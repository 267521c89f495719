import { wallTimeOf } from '@/lib/time-zone';
import { normalizeOldPath } from './path';

const two = (n: number) => String(n).padStart(2, '0');

/** `/YYYY/MM/DD/` of a post's date on the old blog's clock, as date permalinks spell it. */
function dayPath(date: Date, timeZone: string): string {
  const t = wallTimeOf(date, timeZone);
  return `/${t.year}/${two(t.month)}/${two(t.day)}`;
}

const keys = (links: string[]) => [
  ...new Set(links.map(normalizeOldPath).filter((p): p is string => p !== null)),
];

/** A WordPress item's old addresses: its `<link>`, `?p=ID` and the `/YYYY/MM/DD/slug/` form. */
export function wxrOldLinks(
  item: { id: string; slug: string; link: string; date: Date | null },
  timeZone: string,
): string[] {
  const links = [item.link];
  if (/^[0-9]+$/.test(item.id)) links.push(`/?p=${item.id}`);
  if (item.date && item.slug)
    links.push(`${dayPath(item.date, timeZone)}/${encodeURIComponent(item.slug)}`);
  return keys(links);
}

/**
 * A Movable Type / Seesaa / Hatena entry's old addresses from its BASENAME: Hatena's is the path
 * after `/entry/` (`2019/01/02/123456`), Seesaa's a number (`/article/NNNN.html`), Movable Type's
 * the file of its monthly archive (`/YYYY/MM/basename.html`).
 */
export function mtOldLinks(entry: { basename?: string; date: Date }, timeZone: string): string[] {
  const name = entry.basename?.trim();
  if (!name) return [];
  if (name.includes('/')) return keys([`/entry/${name}`]);
  if (/^[0-9]+$/.test(name)) return keys([`/article/${name}.html`]);
  const t = wallTimeOf(entry.date, timeZone);
  return keys([`/${t.year}/${two(t.month)}/${encodeURIComponent(name)}.html`]);
}
