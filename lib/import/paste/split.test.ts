import { describe, expect, it } from 'vitest';
import { BLOCK_TEXT_MAX } from '@/lib/validations/post';
import { importPaste } from './import';
import { splitLongBlocks } from './split';

const words = (n: number, word: string) =>
  Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const fits = (t: string | null | undefined) => [...(t ?? '')].length <= BLOCK_TEXT_MAX;

describe('splitLongBlocks', () => {
  it('splits an over-long paragraph at spaces into blocks that fit, keeping every word in order', () => {
    const long = words(5000, 'word'); // about 39,000 characters
    const { blocks, split } = splitLongBlocks(
      [
        { kind: 'heading', texts: { en: 'Title', ja: null } },
        { kind: 'paragraph', texts: { en: long, ja: null } },
      ],
      'en',
    );
    expect(split).toEqual([{ blockIndex: 1, pieces: blocks.length - 1 }]);
    expect(blocks.length).toBeGreaterThan(2);
    expect(blocks.every((b) => fits(b.texts.en) && b.kind !== 'image')).toBe(true);
    expect(
      blocks
        .slice(1)
        .map((b) => b.texts.en)
        .join(' '),
    ).toBe(long);
  });

  it('keeps a translation beside its original piece by piece; surplus pieces get blocks of their own', () => {
    const ja = 'あ'.repeat(BLOCK_TEXT_MAX + 5);
    const en = words(9000, 'w'); // about 53,000 characters: three pieces
    const { blocks } = splitLongBlocks([{ kind: 'paragraph', texts: { ja, en } }], 'ja');
    expect(blocks).toHaveLength(3);
    expect(blocks[2]!.texts.en).toBeNull();
    expect(
      blocks
        .slice(0, 2)
        .map((b) => b.texts.ja)
        .join(''),
    ).toBe(ja);
    expect(blocks.every((b) => b.texts.ja && fits(b.texts.ja) && fits(b.texts.en))).toBe(true);
    const enText = [
      blocks[0]!.texts.en,
      blocks[1]!.texts.en,
      ...blocks.slice(2).map((b) => b.texts.ja),
    ].join(' ');
    expect(enText).toBe(en);
  });

  it('leaves blocks that fit alone', () => {
    const blocks = [{ kind: 'paragraph' as const, texts: { en: 'short', ja: 'みじかい' } }];
    expect(splitLongBlocks(blocks, 'en')).toEqual({ blocks, split: [] });
  });

  it('a pasted paragraph over the limit comes out of the paste import whole, for the split to cut', () => {
    const long = words(3000, 'para');
    const result = importPaste(`Heading here\n\n${long}\n\nShort end.\n`, {
      originalLanguage: 'en',
      translationLanguage: 'ja',
    });
    const { blocks } = splitLongBlocks(result.blocks, 'en');
    expect(blocks.every((b) => fits(b.texts.en))).toBe(true);
    expect(blocks.map((b) => b.texts.en).join(' ')).toContain(long);
  });
});
