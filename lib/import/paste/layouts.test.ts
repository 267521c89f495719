import { describe, expect, it } from 'vitest';
import { importPaste, PasteImportError } from './import';

const fullyTranslated = `New night train links Vienna and Paris

The first direct night train between Vienna and Paris in over a decade left Vienna on Sunday evening with 250 passengers on board.

Operator ÖBB said the service will run three times a week until December and daily from next year.

“People want to travel without flying,” said spokesperson Bernhard Rieder. Tickets start at 30 euros.

ウィーンとパリを結ぶ新しい夜行列車

ウィーンとパリを結ぶ直通の夜行列車が10年以上ぶりに運行を再開し、日曜日の夜、250人の乗客を乗せてウィーンを出発した。

運行会社のÖBBによると、この列車は12月までは週3回、来年からは毎日運行される。

「人々は飛行機を使わずに旅行したいと思っている」と広報担当のベルンハルト・リーダー氏は語った。乗車券は30ユーロから。`;

describe('importPaste layouts', () => {
  it('aligns a fully translated text block for block', () => {
    const r = importPaste(fullyTranslated);
    expect(r.blocks).toHaveLength(4);
    expect(r.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(r.alignment.map((a) => a.blockIndex)).toEqual([0, 1, 2, 3]);
    expect(r.blocks[2]?.texts.ja).toContain('ÖBB');
    expect(r.blocks[3]?.texts.ja).toContain('リーダー');
    expect(r.leftovers).toEqual([]);
    expect(r.meta.originalGuess).toMatchObject({ language: 'en', reason: 'first', certain: true });
    expect(r.alignment[1]?.cues).toEqual(
      expect.arrayContaining(['num:250', 'dow:0', 'katakana:パリ~Paris']),
    );
  });

  it('handles interleaved paragraphs, leaving untranslated ones null', () => {
    const text = [
      'The council approved the budget on Monday by 31 votes to 12.',
      '議会は月曜日、31対12で予算案を承認した。',
      'Opposition members walked out before the vote.',
      'Mayor Lena Fischer called it a budget for families.',
      'レーナ・フィッシャー市長は、家族のための予算だと述べた。',
    ].join('\n\n');
    const r = importPaste(text);
    expect(r.blocks.map((b) => b.texts.ja === null)).toEqual([false, true, false]);
    expect(r.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('tells same-script languages apart with stop words (en original, fr translation)', () => {
    const text = `The Louvre-Lens museum reopened on Tuesday after a two-year renovation that cost 12 million euros.

Director Marie Lavandier said the new galleries would show 400 works from the Louvre collection.

Visitors queued from early morning, and the museum expects record numbers in 2024.

La directrice Marie Lavandier a déclaré que les nouvelles galeries montreraient 400 œuvres de la collection du Louvre.

Les visiteurs ont fait la queue dès le matin, et le musée attend un nombre record en 2024.`;
    const r = importPaste(text);
    expect(r.meta).toMatchObject({ originalLanguage: 'en', translationLanguage: 'fr' });
    expect(r.blocks.map((b) => b.texts.fr !== null)).toEqual([false, true, true]);
    const forced = importPaste(text, { originalLanguage: 'en', translationLanguage: 'fr' });
    expect(forced.blocks).toEqual(r.blocks);
  });

  it('keeps a translation that fits nowhere as a block of its own and reports it as a leftover', () => {
    const text = `Rain is expected across the region on Friday, with up to 40 millimetres in the hills and gusts of 90 km/h.

全く関係のない話ですが、昨日の夕食はカレーライスでした。とても美味しかったです。`;
    const r = importPaste(text, { originalLanguage: 'en' });
    expect(r.blocks).toHaveLength(2);
    expect(r.blocks[0]?.texts.ja).toBeNull();
    expect(r.blocks[1]?.texts).toEqual({
      en: expect.stringMatching(/^全く関係のない話/),
      ja: null,
    });
    expect(r.leftovers).toEqual([
      { blockIndex: 1, line: 2, language: 'ja', text: r.blocks[1]?.texts.en },
    ]);
    expect(r.alignment).toEqual([]);
  });
});

describe('importPaste on empty or garbage input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', '  \n\n\t \n'],
    ['no letters', '---\n123 456\n!!! ###'],
    ['comment form only', 'お名前: [必須入力]\n\nメールアドレス: [必須入力]\nコメント: [必須入力]'],
  ])('throws PasteImportError for %s input', (_, text) => {
    expect(() => importPaste(text)).toThrow(PasteImportError);
    expect(() => importPaste(text)).toThrow(/Nothing to import/);
  });
});
