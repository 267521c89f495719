import { decodeText } from '../decode';

/**
 * An MT `TAGS:` value as tag names: Movable Type separates tags by spaces or commas and puts a
 * tag that contains one in double quotes (`TAGS: kyoto "green tea",autumn`). An unclosed quote
 * runs to the end, so no text is lost. Names decoded once and NFC, no repeats.
 */
export function mtTags(value: string): string[] {
  const names: string[] = [];
  for (const m of value.matchAll(/"([^"]*)"?|[^\s,"]+/g)) {
    const name = decodeText((m[1] ?? m[0]).replace(/\s+/g, ' ').trim());
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
