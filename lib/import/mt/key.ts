import type { MtEntry } from './entry';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** 64-bit FNV-1a over UTF-8 bytes: tiny, dependency-free and stable across runtimes. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

type Keyed = Pick<MtEntry, 'basename' | 'title' | 'date'>;

/**
 * Identity of an imported entry for duplicate detection on re-import: the basename, the title and
 * the publication instant (basename and date alone repeat: Seesaa and MT give entries of one
 * minute the same basename). Edits to body or comments keep the same key.
 */
export function mtEntryKey(entry: Keyed): string {
  const name = (entry.basename ?? '').normalize('NFC').trim();
  const title = entry.title.normalize('NFC').trim();
  return `mt:${fnv1a64(`${name}\n${title}\n${entry.date.toISOString()}`)}`;
}

/**
 * Keys of a whole file's entries: an entry that still shares its key with an earlier one (same
 * basename, title and minute) is a different post, told apart by its place among them. Export
 * order is stable, so a re-import of the same blog finds the same keys.
 */
export function mtEntryKeys(entries: Keyed[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const key = mtEntryKey(entry);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n ? `${key}#${n + 1}` : key;
  });
}
