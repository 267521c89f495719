import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStale } from './stale';
import { wordDiff, type DiffPart } from './word-diff';

const side = (parts: DiffPart[], drop: DiffPart['op']) =>
  parts
    .filter((p) => p.op !== drop)
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks whole words removed and added, keeping the rest', () => {
    expect(wordDiff('Cats sleep all day.', 'Cats nap all day long.')).toEqual([
      { op: 'same', text: 'Cats ' },
      { op: 'del', text: 'sleep' },
      { op: 'ins', text: 'nap' },
      { op: 'same', text: ' all day' },
      { op: 'ins', text: ' long' },
      { op: 'same', text: '.' },
    ]);
  });

  it('compares Japanese character by character', () => {
    expect(wordDiff('猫は寝る。', '猫は走る。')).toEqual([
      { op: 'same', text: '猫は' },
      { op: 'del', text: '寝' },
      { op: 'ins', text: '走' },
      { op: 'same', text: 'る。' },
    ]);
  });

  it('always rebuilds both texts exactly (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '猫', 'は', '\n', '.', 'ab'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        expect(side(parts, 'ins')).toBe(before);
        expect(side(parts, 'del')).toBe(after);
        expect(parts.every((p, i) => p.text && p.op !== parts[i - 1]?.op)).toBe(true);
      }),
    );
  });

  it('still rebuilds both texts when they are too long for a full table', () => {
    const before = Array.from({ length: 800 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 800 }, (_, i) => `v${i}`).join(' ');
    const parts = wordDiff(`Start ${before} end`, `Start ${after} end`);
    expect(parts[0]).toEqual({ op: 'same', text: 'Start ' });
    expect(side(parts, 'ins')).toBe(`Start ${before} end`);
    expect(side(parts, 'del')).toBe(`Start ${after} end`);
  });
});

describe('isStale', () => {
  it('is stale only when a recorded source differs from the original now', () => {
    expect(isStale('old', 'new')).toBe(true);
    expect(isStale('same', 'same')).toBe(false);
    expect(isStale(null, 'new')).toBe(false);
    expect(isStale('alt text', undefined)).toBe(true);
  });
});
