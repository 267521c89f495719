import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPaste } from './import';
import { restoreIndex, withChrome } from './restore';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../e2e/fixtures/${name}`, import.meta.url)), 'utf8');
const texts = (r: ReturnType<typeof importPaste>, lang: string) =>
  r.blocks.map((b) => b.texts[lang]);
const JA_PARAGRAPHS = fixture('paste-ja-original.txt')
  .split('\n')
  .slice(4, 13)
  .filter((l) => l.trim());

describe('a Japanese original, about half translated into English (issue #12)', () => {
  const r = importPaste(fixture('paste-ja-original.txt'));

  it('takes Japanese as the original: its paragraphs come first and outnumber the English ones', () => {
    expect(r.meta).toMatchObject({ originalLanguage: 'ja', translationLanguage: 'en' });
    expect(r.meta.originalGuess).toMatchObject({
      reason: 'first-and-most',
      certain: true,
      counts: { ja: 6, en: 4 },
    });
  });

  it('keeps all 6 Japanese paragraphs, in order, with 3 translations beside them', () => {
    expect(JA_PARAGRAPHS).toHaveLength(6);
    expect(r.blocks.filter((_, i) => !r.sources[i]!.leftover).map((b) => b.texts.ja)).toEqual(
      JA_PARAGRAPHS,
    );
    expect(texts(r, 'en').map((t) => t?.slice(0, 12) ?? null)).toEqual([
      'Walking Naka',
      null,
      'About 30 sto',
      null,
      null,
      null,
      'Our guide, M',
    ]);
  });

  it('keeps the English paragraph with no counterpart as a block of its own, after the one before it', () => {
    expect(r.leftovers).toEqual([
      {
        blockIndex: 3,
        line: 17,
        language: 'en',
        text: expect.stringMatching(/^Translator’?'?s note/),
      },
    ]);
    expect(r.blocks[3]).toEqual({
      kind: 'paragraph',
      texts: { ja: r.leftovers[0]!.text, en: null },
    });
  });

  it('proposes the page title, footer and comment form as chrome, each with its place', () => {
    expect(r.removedAsChrome.map((c) => [c.reason, c.text, c.blockIndex])).toEqual([
      ['page-title', '信州の古い町並みを歩く：松本だより', 0],
      ['footer', '投稿者：松本太郎 日時：2024/05/12 10:30', 7],
      ['comment-form', 'Comments', 7],
      ['comment-form', 'Name:', 7],
      ['comment-form', 'Email', 7],
    ]);
    expect(r.meta).toMatchObject({
      author: '松本太郎',
      time: '10:30',
      blogName: '松本だより',
      title: { ja: '信州の古い町並みを歩く' },
    });
  });
});

describe('headlines that look like chrome', () => {
  it('keeps a "速報：…" headline whole: a short label is not a page title', () => {
    const r = importPaste(
      '速報：大雨で東海道新幹線が終日運転見合わせ\n\nJR東海によると、運転再開は明日の始発以降になる見込みだ。',
    );
    expect(r.blocks[0]).toMatchObject({
      kind: 'heading',
      texts: { ja: '速報：大雨で東海道新幹線が終日運転見合わせ' },
    });
    expect(r.removedAsChrome).toEqual([]);
    expect(r.meta.title).toEqual({ ja: '速報：大雨で東海道新幹線が終日運転見合わせ' });
  });

  it('proposes a real "title：blog name" first line as chrome, whole, and reads the title from it', () => {
    const r = importPaste(
      '速報：大雨で新幹線が運転見合わせ：ニュース日記\n\n速報：大雨で新幹線が運転見合わせ\nJR東海によると、運転再開は明日の見込みだ。',
    );
    expect(r.removedAsChrome).toMatchObject([
      {
        reason: 'page-title',
        text: '速報：大雨で新幹線が運転見合わせ：ニュース日記',
        blockIndex: 0,
      },
    ]);
    expect(r.meta).toMatchObject({
      title: { ja: '速報：大雨で新幹線が運転見合わせ' },
      blogName: 'ニュース日記',
    });
    expect(r.blocks).toHaveLength(2);
  });
});

describe('form labels and footers', () => {
  it('keeps a lone "Comments", "Email" or "コメント" line inside the post as content', () => {
    for (const word of ['Comments', 'Email', 'コメント']) {
      const r = importPaste(
        `Readers wrote in all week.\n\n${word}\n\nThe most common complaint was about the new timetable.`,
      );
      expect(texts(r, 'en')).toContain(word);
      expect(r.removedAsChrome).toEqual([]);
    }
  });

  it('proposes the same words as chrome below a footer, and keeps the text below the footer', () => {
    const text =
      'The council met on Monday.\nPosted by X at 10:30\nComments\nThe vote was postponed to June.\nコメント\nEmail';
    const r = importPaste(text);
    expect(texts(r, 'en')).toEqual([
      'The council met on Monday.',
      'The vote was postponed to June.',
    ]);
    expect(r.removedAsChrome.map((c) => [c.reason, c.text])).toEqual([
      ['footer', 'Posted by X at 10:30'],
      ['comment-form', 'Comments'],
      ['comment-form', 'コメント'],
      ['comment-form', 'Email'],
    ]);
    expect(r.removedAsChrome.map((c) => c.blockIndex)).toEqual([1, 1, 2, 2]);
    expect(r.meta).toMatchObject({ author: 'X', time: '10:30' });
  });

  it('keeps the text after a "投稿者：…" footer', () => {
    const r = importPaste(
      '市議会は月曜日に開かれた。\n投稿者：山田 日時：2024/05/12 10:30\n採決は6月に延期された。',
    );
    expect(texts(r, 'ja')).toEqual(['市議会は月曜日に開かれた。', '採決は6月に延期された。']);
    expect(r.removedAsChrome).toMatchObject([{ reason: 'footer', language: 'ja', blockIndex: 1 }]);
  });
});

describe('original language when the signals disagree', () => {
  const text =
    'ウィーンとパリを結ぶ夜行列車が出発した。\n\nThe night train left Vienna on Sunday.\n\nIt will run three times a week.\n\nTickets start at 30 euros.';

  it('guesses the language with the complete sequence and says it is unsure', () => {
    expect(importPaste(text).meta.originalGuess).toMatchObject({
      language: 'en',
      translation: 'ja',
      first: 'ja',
      reason: 'most',
      certain: false,
    });
  });

  it('follows the owner’s choice', () => {
    const r = importPaste(text, { originalLanguage: 'ja' });
    expect(r.meta.originalGuess).toMatchObject({ language: 'ja', reason: 'given', certain: true });
    expect(r.blocks.filter((_, i) => !r.sources[i]!.leftover).map((b) => b.texts.ja)).toEqual([
      expect.stringMatching(/^ウィーン/),
    ]);
    expect(r.blocks.length + r.alignment.length).toBe(4);
  });
});

describe('restoring proposed chrome', () => {
  const r = importPaste(fixture('paste-ja-original.txt'));
  const [title, footer, comments] = r.removedAsChrome;

  it('puts lines back where they were, in page order', () => {
    const all = withChrome(r.blocks, r.removedAsChrome, 'ja', ['ja', 'en']);
    expect(all.map((b) => b.texts.ja).slice(0, 2)).toEqual([title!.text, r.blocks[0]!.texts.ja]);
    expect(all.slice(-4).map((b) => b.texts.ja)).toEqual(
      r.removedAsChrome.slice(1).map((c) => c.text),
    );
  });

  it('finds the place in blocks the owner has edited, after earlier restored lines', () => {
    const edited = r.blocks.slice(1); // the owner removed the first block
    expect(restoreIndex(edited, r.blocks, title!, [], 'ja')).toBe(0);
    const withComments = [...r.blocks, { texts: { ja: comments!.text } }];
    // The footer came before "Comments" on the page, so it goes back before it.
    expect(restoreIndex(withComments, r.blocks, footer!, [comments!], 'ja')).toBe(r.blocks.length);
  });
});
