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

/**
 * Identity of an imported entry for duplicate detection on re-import: the basename (or, lacking
 * one, the title) plus the publication instant. Edits to body or comments keep the same key.
 */
export function mtEntryKey(entry: Pick<MtEntry, 'basename' | 'title' | 'date'>): string {
  const name = (entry.basename || entry.title).normalize('NFC').trim();
  return `mt:${fnv1a64(`${name}\n${entry.date.toISOString()}`)}`;
}
