import { describe, expect, it } from 'vitest';
import { staleRows } from './stale-rows';

const pair = { blockId: 7, language: 'ja', source: 'Cats sleep.', original: 'Cats nap.' };

describe('stale rows in the editor', () => {
  it('finds a pair by block id wherever its row moved, only in its translation column', () => {
    const blocks = [
      { id: null, texts: { en: 'New' } },
      { id: 7, texts: { en: 'Cats nap.  ', ja: '猫は寝る。' } },
    ];
    const rows = staleRows(blocks, [pair], 'en', 'ja');
    expect(rows.place(pair)).toEqual({ n: 2, target: 'block-row-1' });
    expect(rows.staleIn(1)).toBe(pair);
    expect(rows.staleIn(0)).toBeUndefined();
    expect(staleRows(blocks, [pair], 'en', 'fr').staleIn(1)).toBeUndefined();
    // Trailing space is not stored, so it is no unsaved change.
    expect(rows.unsaved(1, pair)).toBe(false);
    expect(
      staleRows([{ id: 7, texts: { en: 'Cats nap a lot.' } }], [pair], 'en', 'ja').unsaved(0, pair),
    ).toBe(true);
  });

  it('has no place for a pair whose block was removed from the form', () => {
    expect(staleRows([{ id: 8, texts: {} }], [pair], 'en', 'ja').place(pair)).toBeNull();
  });
});
