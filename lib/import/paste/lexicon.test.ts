import { describe, expect, it } from 'vitest';
import { anchorHits } from './score';
import { extractFeatures } from './features';

const shared = (ja: string, en: string) =>
  anchorHits(extractFeatures(ja, true), extractFeatures(en, false))
    .map((h) => h.cue)
    .filter((c) => c.startsWith('word:'));

describe('everyday words shared across Japanese and English', () => {
  it('matches plain inflections of the English word', () => {
    expect(shared('雨の日は閉まる。', 'It closes when it rains.')).toEqual([
      'word:雨~rains',
      'word:閉~closes',
    ]);
    expect(
      shared('子どもたちが外で読みたがった。', 'The children wanted to read outdoors.'),
    ).toEqual(['word:読~read', 'word:子ども~children']);
    expect(shared('店は閉まっていた。', 'The shop was closed.')).toEqual([
      'word:店~shop',
      'word:閉~closed',
    ]);
  });

  it('does not take a longer word for the stem it starts with', () => {
    expect(shared('車で行った。', 'I paid by card and took care.')).toEqual([]);
    expect(shared('戦争の記憶', 'They were warned about the ward.')).toEqual([]);
    expect(shared('海の店', 'The season of storehouses')).toEqual([]);
  });
});
