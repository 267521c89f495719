import { describe, expect, it } from 'vitest';
import type { BlockInput } from '@/lib/blocks/types';
import { alignBody } from './align-body';

const p = (text: string): BlockInput => ({ kind: 'paragraph', texts: { und: text } });
const EN = [
  'The night train from Vienna to Paris left on Friday at 10 p.m.',
  'It carried 300 passengers and arrived 14 hours later.',
];
const JA = [
  'ウィーンからパリへの夜行列車は金曜日の午後10時に出発した。',
  '乗客300人を乗せ、14時間後に到着した。',
];

describe('alignBody', () => {
  it('pairs an article followed by its translation; an image keeps its place and its alt text', () => {
    const image: BlockInput = {
      kind: 'image',
      src: 'https://example.com/train.jpg',
      texts: { und: 'The train' },
    };
    const aligned = alignBody([p(EN[0]!), image, p(EN[1]!), p(JA[0]!), p(JA[1]!)])!;
    expect(aligned).toMatchObject({ originalLanguage: 'en', translationLanguage: 'ja', paired: 2 });
    expect(aligned.blocks).toEqual([
      { kind: 'paragraph', texts: { en: EN[0], ja: JA[0] } },
      { kind: 'image', src: 'https://example.com/train.jpg', texts: { en: 'The train', ja: null } },
      { kind: 'paragraph', texts: { en: EN[1], ja: JA[1] } },
    ]);
  });

  it('reads a paragraph with line breaks as one line per paragraph (Seesaa bodies joined by <br>)', () => {
    const aligned = alignBody([p(`${EN[0]}\n${EN[1]}\n${JA[0]}`), p(JA[1]!)])!;
    expect(aligned.blocks.map((b) => [b.texts.en, b.texts.ja])).toEqual([
      [EN[0], JA[0]],
      [EN[1], JA[1]],
    ]);
  });

  it('keeps a list or code block whole and every line of the body somewhere', () => {
    const list: BlockInput = { kind: 'list', texts: { und: 'Vienna\nMunich\nParis' } };
    const aligned = alignBody([p(EN[0]!), list, p(JA[0]!)])!;
    const stored = aligned.blocks.flatMap((b) => Object.values(b.texts));
    expect(stored).toEqual(expect.arrayContaining([EN[0], JA[0], 'Vienna\nMunich\nParis']));
    expect(aligned.blocks.find((b) => b.kind === 'list')?.texts.en).toBe('Vienna\nMunich\nParis');
  });

  it('gives nothing to pair for a body in one language, or too short to align', () => {
    expect(alignBody([p(EN[0]!)])).toBeNull();
    const one = alignBody([p(EN[0]!), p(EN[1]!)]);
    expect(one === null || one.paired === 0).toBe(true);
  });
});
