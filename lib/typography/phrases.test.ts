import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { hastToHtml as toHtml } from '@/lib/blocks/markdown/to-html';
import { describe, expect, it } from 'vitest';
import { breakPhrasesInHast, phrases } from './phrases';

const seed = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../e2e/fixtures/post.json'), 'utf8'),
) as { post: { title: { ja: string }; blocks: { kind: string; ja?: string }[] } };

describe('phrases', () => {
  it('splits the seed post’s Japanese title and heading at phrase boundaries', () => {
    expect(phrases(seed.post.title.ja, 'ja')).toEqual([
      'ロシアと',
      '米国が',
      'アンカラで',
      '秘密会談',
    ]);
    const heading = seed.post.blocks.find((b) => b.kind === 'heading')!.ja!;
    expect(phrases(heading, 'ja')).toEqual([
      'ロシアと',
      '米国が',
      'アンカラで',
      '秘密会談を',
      '開く',
      ' – コメルサント',
    ]);
  });

  it.each([
    ['東京都心で初雪、平年より12日早く', ['東京都心で', '初雪、', '平年より', '12日早く']],
    ['大谷翔平が2年連続のMVPに選ばれる', ['大谷翔平が', '2年連続の', 'MVPに', '選ばれる']],
    ['岸田首相、衆院解散を表明へ', ['岸田首相、', '衆院解散を', '表明へ']],
    ['日本銀行が追加利上げを決定', ['日本銀行が', '追加利上げを', '決定']],
  ])('keeps the phrases of the headline %s together', (headline, expected) => {
    expect(phrases(headline, 'ja')).toEqual(expected);
  });

  it('never starts a phrase with closing punctuation or the prolonged sound mark', () => {
    const headlines = [
      '円相場、一時1ドル＝160円台に下落　34年ぶりの円安水準',
      '「コースタル」の新サービス、来春スタートへ',
      'ロシアと米国がアンカラで秘密会談を開く – コメルサント',
    ];
    for (const headline of headlines) {
      const parts = phrases(headline, 'ja');
      expect(parts.join('')).toBe(headline);
      for (const part of parts.slice(1)) expect(part).not.toMatch(/^[、。」』）ーっゃゅょ]/);
    }
  });

  it('keeps a character outside the BMP whole', () => {
    const parts = phrases('𠮷野家が値上げを発表', 'ja');
    expect(parts.join('')).toBe('𠮷野家が値上げを発表');
    for (const part of parts) expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('leaves other languages and Latin-only text in one piece', () => {
    expect(phrases('Russia and US holding secret talks in Ankara', 'en')).toEqual([
      'Russia and US holding secret talks in Ankara',
    ]);
    expect(phrases('東京都心で初雪', 'en')).toEqual(['東京都心で初雪']);
    expect(phrases('Kommersant', 'ja')).toEqual(['Kommersant']);
    expect(phrases('東京都心で初雪', 'ja-JP')).toEqual(['東京都心で', '初雪']);
  });
});

describe('breakPhrasesInHast', () => {
  const tree = (): Root => ({
    type: 'root',
    children: [
      { type: 'text', value: 'ロシアと米国が' },
      {
        type: 'element',
        tagName: 'em',
        properties: {},
        children: [{ type: 'text', value: 'アンカラで秘密会談' }],
      },
      {
        type: 'element',
        tagName: 'code',
        properties: {},
        children: [{ type: 'text', value: '米国がアンカラで' }],
      },
    ],
  });

  it('puts <wbr> between phrases inside emphasis, never inside code', () => {
    expect(toHtml(breakPhrasesInHast(tree(), 'ja'))).toBe(
      'ロシアと<wbr></wbr>米国が<em>アンカラで<wbr></wbr>秘密会談</em><code>米国がアンカラで</code>',
    );
  });

  it('changes nothing in English', () => {
    expect(toHtml(breakPhrasesInHast(tree(), 'en'))).toBe(
      'ロシアと米国が<em>アンカラで秘密会談</em><code>米国がアンカラで</code>',
    );
  });
});
