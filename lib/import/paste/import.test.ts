import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPaste } from './import';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../e2e/fixtures/${name}`, import.meta.url));
const raw = readFileSync(fixture('raw.txt'), 'utf8');
type SeedBlock = { kind: string; en: string; ja: string | null };
const seed = JSON.parse(readFileSync(fixture('post.json'), 'utf8')).post as { blocks: SeedBlock[] };

describe('importPaste on the seed page', () => {
  const result = importPaste(raw);

  it('keeps the 19 English blocks, in order, with their kinds', () => {
    expect(result.blocks).toHaveLength(19);
    expect(result.blocks.map((b) => b.texts.en)).toEqual(seed.blocks.map((b) => b.en));
    expect(result.blocks.map((b) => b.kind)).toEqual(seed.blocks.map((b) => b.kind));
  });

  it('lands all 6 translations on the right blocks and leaves the rest null', () => {
    expect(result.blocks.map((b) => b.texts.ja)).toEqual(seed.blocks.map((b) => b.ja));
    expect(result.alignment.map((a) => a.blockIndex)).toEqual([0, 6, 7, 9, 16, 18]);
    expect(result.leftovers).toEqual([]);
    for (const b of result.blocks) expect(Object.keys(b.texts).sort()).toEqual(['en', 'ja']);
  });

  it('explains each alignment with content cues, not just position', () => {
    const cues = result.alignment.map((a) => a.cues.join(' '));
    expect(cues[0]).toContain('katakana:コメルサント~Kommersant');
    expect(cues[1]).toContain('latin:wsj');
    expect(cues[2]).toContain('month:3');
    expect(cues[3]).toContain('month:7');
    expect(cues[4]).toContain('katakana:カービー~Kirby');
    expect(cues[5]).toContain('katakana:ペスコフ~Peskov');
  });

  it('still aligns 6/6 when the translator layout (placeholder blank lines) is lost', () => {
    const collapsed = importPaste(raw.replace(/\n{3,}/g, '\n\n'));
    expect(collapsed.blocks.map((b) => b.texts.ja)).toEqual(seed.blocks.map((b) => b.ja));
  });

  it('extracts page metadata and proposes the page title, footer and comment form as chrome', () => {
    expect(result.meta).toMatchObject({
      author: 'ZUKUNASHI',
      time: '08:59',
      category: 'ウクライナ',
      commentCount: 0,
      blogName: 'ずくなしの冷や水',
      originalLanguage: 'en',
      translationLanguage: 'ja',
      title: {
        ja: 'ロシアと米国がアンカラで秘密会談',
        en: 'Russia and US holding secret talks in Ankara',
      },
    });
    const all = result.blocks.flatMap((b) => Object.values(b.texts)).join('\n');
    expect(all).not.toMatch(/必須入力|posted by/);
    expect(result.removedAsChrome.map((c) => [c.reason, c.line, c.blockIndex])).toEqual([
      ['page-title', 0, 0],
      ['footer', 55, 19],
      ['comment-form', 56, 19],
      ['comment-form', 58, 19],
      ['comment-form', 61, 19],
    ]);
    expect(result.removedAsChrome[0]?.text).toBe(
      'ロシアと米国がアンカラで秘密会談: ずくなしの冷や水',
    );
  });
});

const japaneseOriginal = `松本で春の古本市が開幕: 信州あれこれ日記



松本で春の古本市、三日間の日程で開幕
県内外から四十店が出店、初日は雨にもかかわらず行列
松本市の縄手通りで12日、古本市「ブックフェスタ信州」が始まった。

主催する実行委員会によると、今年は県内外から40店が参加し、過去最多となった。

初日は朝から小雨が降ったが、開場前には約200人が列をつくった。東京から訪れた女性は「掘り出し物を探すのが楽しみ」と話した。

会場では絵本の読み聞かせや、古書の修理を実演するワークショップも開かれる。

委員長で書店主の田中さんは「本を通じて街歩きを楽しんでほしい」と語った。古本市は14日まで。
Matsumoto's spring book fair opens for three days

The organising committee says 40 shops from inside and outside the prefecture are taking part this year, the most ever.

Tanaka, a bookseller who chairs the committee, said: “We want people to enjoy walking around town through books.” The fair runs until the 14th.
posted by 信州太郎 at 21:15| Comment(2) | 地域
Name:
Email:`;

describe('importPaste with a Japanese original', () => {
  const r = importPaste(japaneseOriginal);

  it('detects ja as original and aligns the English partial translation', () => {
    expect(r.meta.originalLanguage).toBe('ja');
    expect(r.meta.translationLanguage).toBe('en');
    expect(r.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'subheading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(r.blocks.map((b) => b.texts.en !== null)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(r.blocks[6]?.texts.en).toMatch(/^Tanaka/);
    expect(r.leftovers).toEqual([]);
    expect(r.meta.originalGuess).toMatchObject({
      reason: 'first-and-most',
      certain: true,
      counts: { ja: 7, en: 3 },
    });
  });

  it('reads the page title and footer', () => {
    expect(r.meta).toMatchObject({
      title: {
        ja: '松本で春の古本市が開幕',
        en: "Matsumoto's spring book fair opens for three days",
      },
      blogName: '信州あれこれ日記',
      author: '信州太郎',
      time: '21:15',
      commentCount: 2,
      category: '地域',
    });
  });
});
