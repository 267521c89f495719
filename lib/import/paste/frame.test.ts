import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDateLine } from './frame';
import { importPaste } from './import';

const page = (name: string) =>
  readFileSync(new URL(`../fixtures/pages/${name}.txt`, import.meta.url), 'utf8');
const reasons = (r: ReturnType<typeof importPaste>) =>
  r.removedAsChrome.map((c) => [c.reason, c.text] as const);

describe('a whole blog page pasted', () => {
  it('the seed page with its Seesaa masthead and sidebar keeps the seed headline as title', () => {
    const whole = importPaste(page('seesaa-seed-whole'));
    const seed = importPaste(
      readFileSync(new URL('../../../e2e/fixtures/raw.txt', import.meta.url), 'utf8'),
    );
    expect(whole.meta.title).toEqual({
      ja: 'ロシアと米国がアンカラで秘密会談',
      en: 'Russia and US holding secret talks in Ankara',
    });
    // The article itself comes out exactly as when only the post was pasted.
    expect(whole.blocks).toEqual(seed.blocks);
    expect(whole.meta).toMatchObject({ author: 'ZUKUNASHI', category: 'ウクライナ' });
    const found = reasons(whole);
    expect(found.slice(0, 6)).toEqual([
      ['masthead', 'ずくなしの冷や水'],
      ['masthead', '日々のニュースから'],
      ['masthead', 'トップページ'],
      ['masthead', '<< 前の記事 | 次の記事 >>'],
      ['date', '2023年07月13日'],
      ['headline', 'ロシアと米国がアンカラで秘密会談'],
    ]);
    expect(found).toContainEqual(['sidebar', 'ウクライナ(1243)']);
    expect(found).toContainEqual(['sidebar', '日 月 火 水 木 金 土']);
    expect(found.slice(-2)).toEqual([
      ['copyright', 'Copyright © ずくなしの冷や水 All Rights Reserved.'],
      ['copyright', 'Powered by Seesaa'],
    ]);
  });

  it('a WordPress page: the headline, not the blog name, is the title; widgets are proposed', () => {
    const r = importPaste(page('wordpress-whole'));
    expect(r.meta.title).toEqual({ en: 'Night trains return to the Alps' });
    expect(r.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(r.blocks[0]!.texts.en).toBe('Night trains return to the Alps');
    expect(r.blocks[3]!.texts.ja).toBe('座席は30ユーロ、寝台は70ユーロから。');
    const found = reasons(r);
    expect(found.filter(([why]) => why === 'masthead').map(([, text]) => text)).toEqual([
      "ZUKUNASHI's Blog",
      'Notes on the news, with translations',
      'Skip to content',
      'Home',
      'About',
      'Contact',
    ]);
    expect(found).toContainEqual(['date', 'Posted on May 3, 2024 by ZUKUNASHI']);
    expect(found).toContainEqual(['comment-form', 'Leave a Reply']);
    expect(found).toContainEqual(['sidebar', 'A week in Kanazawa']);
    expect(found.at(-1)).toEqual(['copyright', 'Proudly powered by WordPress']);
  });

  it('needs evidence: a label above a headline and standfirst is the post’s, not a masthead', () => {
    const r = importPaste(
      'Travel notes\nNight trains return\nOperators are adding routes across Europe\n\nThe train left Vienna on Sunday evening.',
    );
    expect(r.removedAsChrome).toEqual([]);
    expect(r.blocks[0]!.texts.en).toBe('Travel notes');
  });

  it('keeps short lines pasted below the footer when no widget follows them', () => {
    const r = importPaste(
      'The council met on Monday.\nposted by X at 10:30\n市議会は月曜日に開かれた\nThe vote was postponed.',
    );
    expect(reasons(r)).toEqual([['footer', 'posted by X at 10:30']]);
  });
});

describe('isDateLine', () => {
  it.each([
    '2023年07月13日',
    '2023年7月13日(木)',
    'Posted on May 3, 2024 by Ann',
    '3 May 2024',
    '2024-05-03 10:30',
    'Friday, December 4th, 2026',
  ])('%s is a dateline', (line) => expect(isDateLine(line)).toBe(true));

  it.each([
    'The vote on May 3, 2024 was postponed to June.',
    'May 2024',
    '2023年07月(118)',
    'Night trains return to the Alps',
  ])('%s is not', (line) => expect(isDateLine(line)).toBe(false));
});
