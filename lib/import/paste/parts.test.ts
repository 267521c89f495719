import { describe, expect, it } from 'vitest';
import { alignMonotonic } from './align';
import { detectLanguage } from './language';
import { formLabelStrength, pageTitleShape, parseFooter, stripAttribution } from './page';
import { katakanaSkeleton, latinSkeleton, skeletonSimilarity } from './phonetic';
import { isHeadingLike } from './structure';
import { normalizeLine, splitParagraphs } from './text';

const sim = (kana: string, latin: string) =>
  skeletonSimilarity(katakanaSkeleton(kana), latinSkeleton(latin));

describe('katakana ↔ English names', () => {
  it.each([
    ['ペスコフ', 'Peskov'],
    ['カービー', 'Kirby'],
    ['テュルキエ', 'Türkiye'],
    ['ホワイトハウス', 'White House'],
    ['ウォールストリート', 'Wall Street'],
    ['アングロサクソン', 'Anglo-Saxon'],
    ['イニシアチブ', 'Initiative'],
    ['モスクワ', 'Moscow'],
  ])('%s sounds like %s', (kana, latin) => expect(sim(kana, latin)).toBeGreaterThanOrEqual(0.8));

  it.each([
    ['ペスコフ', 'Kirby'],
    ['モスクワ', 'Ankara'],
    ['デマ', 'hoaxes'],
  ])('%s does not sound like %s', (kana, latin) => expect(sim(kana, latin)).toBe(0));
});

describe('detectLanguage', () => {
  it('tells scripts apart and keeps embedded acronyms with their CJK sentence', () => {
    expect(detectLanguage('ペスコフ氏は WSJ に語った。')).toBe('ja');
    expect(detectLanguage('国际原子能机构发表声明')).toBe('zh');
    expect(detectLanguage('서울에서 회담이 열렸다')).toBe('ko');
    expect(detectLanguage('The talks were held in Ankara.')).toBe('en');
    expect(
      detectLanguage('Les pourparlers ont eu lieu à Ankara et la Turquie est satisfaite.'),
    ).toBe('fr');
    expect(detectLanguage('12:30 — !!!')).toBeNull();
  });
});

describe('page chrome', () => {
  it('parses the Seesaa footer', () => {
    expect(parseFooter('posted by ZUKUNASHI at 08:59| Comment(0) | ウクライナ')).toEqual({
      author: 'ZUKUNASHI',
      time: '08:59',
      commentCount: 0,
      category: 'ウクライナ',
    });
    expect(parseFooter('The talks were posted by courier')).toBeNull();
  });

  it('recognises comment form labels only', () => {
    for (const l of [
      'お名前: [必須入力]',
      'メールアドレス: [必須入力]',
      'コメント: [必須入力]',
      'Name:',
      'Email (required)',
    ])
      expect(formLabelStrength(l)).not.toBeNull();
    expect(formLabelStrength('Name the three ministers who met.')).toBeNull();
  });

  it('tells labels marked as form fields from bare words that may be headings', () => {
    for (const l of ['お名前: [必須入力]', 'Name:', 'Email (required)', 'Comments (3)'])
      expect(formLabelStrength(l)).toBe('strong');
    for (const l of ['Comments', 'Email', 'コメント', 'この記事へのコメント'])
      expect(formLabelStrength(l)).toBe('bare');
    expect(formLabelStrength('Comments are closed for this story.')).toBeNull();
  });

  it('reads page titles only in the "title: blog name" shape, and strips source credits', () => {
    expect(pageTitleShape('ロシアと米国がアンカラで秘密会談: ずくなしの冷や水')).toEqual({
      title: 'ロシアと米国がアンカラで秘密会談',
      blogName: 'ずくなしの冷や水',
    });
    // A short label before the separator is part of a headline, not a title before a blog name.
    expect(pageTitleShape('速報：大雨で東海道新幹線が終日運転見合わせ')).toBeNull();
    expect(pageTitleShape('Breaking: Storm hits the coast')).toBeNull();
    expect(pageTitleShape('Peskov said: “We cannot confirm it.”')).toBeNull();
    expect(pageTitleShape('速報：大雨で新幹線が運転見合わせ：ニュース日記')).toEqual({
      title: '速報：大雨で新幹線が運転見合わせ',
      blogName: 'ニュース日記',
    });
    expect(
      pageTitleShape('Russia and US holding secret talks in Ankara – Kommersant', false),
    ).toBeNull();
    expect(stripAttribution('Russia and US holding secret talks in Ankara – Kommersant')).toBe(
      'Russia and US holding secret talks in Ankara',
    );
    expect(
      stripAttribution('Ceasefire holds – but for how much longer will the two sides wait'),
    ).toMatch(/wait$/);
  });
});

describe('text helpers', () => {
  it('normalises whitespace to NFC and keeps typographic punctuation', () => {
    expect(normalizeLine('  “Cafe\u0301”\u00a0\t – ok…  ')).toBe('“Café” – ok…');
    const paras = splitParagraphs('A\nB\n\n\nC');
    expect(paras.map((p) => [p.text, p.blankBefore])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 2],
    ]);
  });

  it('treats short unpunctuated lines as headings', () => {
    expect(isHeadingLike('Washington reveals details of high-profile US-Russia talks', false)).toBe(
      true,
    );
    expect(isHeadingLike('The Kremlin would neither confirm nor deny the claim.', false)).toBe(
      false,
    );
  });
});

describe('alignMonotonic', () => {
  it('keeps order and leaves low-scoring translations unaligned', () => {
    const scores = [
      [5, 0, 0],
      [0, 0.2, 0.1],
      [4, 0, 3],
    ];
    // Row 2 prefers block 0, but block 0 is taken by an earlier row: order wins.
    expect(alignMonotonic(scores, 0.5)).toEqual([0, null, 2]);
  });
});
