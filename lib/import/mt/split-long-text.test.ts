import { describe, expect, it } from 'vitest';
import { BLOCK_TEXT_MAX } from '@/lib/model';
import { splitLongText } from './html-blocks';

describe('splitLongText', () => {
  it('cuts at spaces into pieces within the block limit, losing no word', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `w${i}`).join(' ');
    const parts = splitLongText(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(BLOCK_TEXT_MAX);
    expect(parts.join(' ')).toBe(text);
  });

  it('cuts a text without spaces at the limit, by code point (no half surrogate pair)', () => {
    const text = '𠮷'.repeat(BLOCK_TEXT_MAX + 10);
    const parts = splitLongText(text);
    expect(parts.map((p) => [...p].length)).toEqual([BLOCK_TEXT_MAX, 10]);
    expect(parts.join('')).toBe(text);
  });

  // Found by the outside attack: each cut copied the rest, so one 10 MB paragraph took minutes.
  it('splits a 10 MB paragraph in linear time', () => {
    const text = 'word '.repeat(2_000_000).trimEnd();
    const started = performance.now();
    const parts = splitLongText(text);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(parts.join(' ')).toBe(text);
  });
});
