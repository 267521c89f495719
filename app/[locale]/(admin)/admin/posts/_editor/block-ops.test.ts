import { describe, expect, it } from 'vitest';
import {
  countTranslated,
  emptyBlock,
  joinText,
  mergeBlocks,
  splitBlock,
  type EditorBlock,
} from './block-ops';

const block = (
  en: string | null,
  ja: string | null,
  kind: EditorBlock['kind'] = 'paragraph',
): EditorBlock => ({ kind, src: null, texts: { en, ja } });

describe('block operations', () => {
  it('splits the focused cell at the cursor into a new block below', () => {
    const [a, b] = splitBlock(block('First sentence. Second one.', '訳'), 'en', 16, ['en', 'ja'])!;
    expect(a.texts).toEqual({ en: 'First sentence.', ja: '訳' });
    expect(b).toEqual(block('Second one.', null));
    expect(splitBlock(block('Edge', null), 'en', 0, ['en', 'ja'])).toBeNull();
    expect(splitBlock(block('Edge', null), 'en', 4, ['en', 'ja'])).toBeNull();
  });

  it('merges per language with the right separator and keeps a missing side missing', () => {
    expect(mergeBlocks(block('One.', '一。'), block('Two.', '二。'), ['en', 'ja']).texts).toEqual({
      en: 'One. Two.',
      ja: '一。二。',
    });
    expect(mergeBlocks(block('One.', null), block('Two.', ''), ['en', 'ja']).texts).toEqual({
      en: 'One. Two.',
      ja: null,
    });
    expect(joinText('a', 'b', 'en', 'list')).toBe('a\nb');
  });

  it('counts translated blocks, treating blank text as untranslated', () => {
    expect(countTranslated([block('a', 'あ'), block('b', ' '), block('c', null)], 'ja')).toEqual({
      translated: 1,
      total: 3,
    });
    expect(emptyBlock(['en', 'ja'])).toEqual(block(null, null));
  });

  it('keeps the stored id on the block that stays; a split-off block is new', () => {
    const stored = { ...block('First. Second.', null), id: 7 };
    const [a, b] = splitBlock(stored, 'en', 6, ['en', 'ja'])!;
    expect(a.id).toBe(7);
    expect(b.id ?? null).toBeNull();
    expect(mergeBlocks(stored, { ...block('Next.', null), id: 8 }, ['en', 'ja']).id).toBe(7);
    expect(emptyBlock(['en']).id ?? null).toBeNull();
  });
});
