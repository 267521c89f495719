import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMtDate } from './date';
import { mtEntryToBlocks } from './html';
import { mtEntryKey } from './key';
import { parseMt } from './parse';

const exportText = readFileSync(
  fileURLToPath(new URL('../../../e2e/fixtures/mt-export.txt', import.meta.url)),
  'utf8',
);

describe('parseMt on the fixture export', () => {
  const { entries, errors } = parseMt(exportText);

  it('parses the two good entries and reports the malformed one by its first line', () => {
    expect(entries.map((e) => e.title)).toEqual(['春の古本市に行ってきた', '下書き：読書メモ']);
    expect(entries.map((e) => e.line)).toEqual([1, 75]);
    expect(errors).toEqual([{ line: 63, message: expect.stringMatching(/DATE/) }]);
  });

  it('reads entry headers and sections', () => {
    const [first, second] = entries;
    expect(first).toMatchObject({
      author: 'ZUKUNASHI',
      basename: '2023/04/book-fair',
      status: 'published',
      allowComments: true,
      categories: ['日記', '本'],
      excerpt: '松本の古本市のレポート。',
      keywords: '古本市, 松本',
    });
    expect(first?.body).toMatch(/^<h3>縄手通りの古本市<\/h3>/);
    expect(first).toMatchObject({ bodyLine: 13, extendedBodyLine: 28 });
    expect(first?.extendedBody).toContain('喫茶店');
    expect(second).toMatchObject({
      status: 'draft',
      allowComments: false,
      categories: ['本'],
      extendedBody: '',
    });
    expect(second?.basename).toBeUndefined();
    expect(second?.excerpt).toBeUndefined();
  });

  it('converts Tokyo wall-clock dates (12h and 24h) to UTC', () => {
    expect(entries[0]?.date.toISOString()).toBe('2023-04-15T12:30:00.000Z');
    expect(entries[1]?.date.toISOString()).toBe('2023-04-30T15:15:00.000Z');
  });

  it('reads comments with their fields, dates and statuses', () => {
    const comments = entries.flatMap((e) => e.comments);
    expect(comments).toHaveLength(4);
    expect(comments[0]).toEqual({
      author: '山田',
      email: 'yamada@example.com',
      ip: '192.0.2.10',
      url: 'https://yamada.example.com/',
      date: new Date('2023-04-15T13:05:00Z'),
      body: '楽しそうですね。\n来年は行ってみます。',
      line: 42,
      status: 'approved',
    });
    expect(comments[1]).toEqual({
      author: 'Anonymous',
      email: '',
      date: new Date('2023-04-15T15:00:00Z'), // 12:00 AM is midnight
      body: '写真集、うらやましい。',
      line: 51,
      status: 'approved',
    });
    expect(comments[2]).toMatchObject({
      author: '佐藤',
      status: 'pending',
      date: new Date('2023-04-15T22:45:30Z'),
    });
    expect(comments[3]).toMatchObject({
      author: '鈴木',
      url: 'http://suzuki.example.net/',
      status: 'approved',
      line: 98,
    });
    expect(comments[3]?.body).toMatch(/^続きを<b>楽しみ<\/b>/); // converted to text on import, not here
  });

  it('honours another time zone', () => {
    const utc = parseMt(exportText, { timeZone: 'UTC' });
    expect(utc.entries[0]?.date.toISOString()).toBe('2023-04-15T21:30:00.000Z');
    expect(() => parseMt(exportText, { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('gives stable keys that ignore body edits but not identity', () => {
    const [a, b] = entries;
    expect(mtEntryKey(a!)).toMatch(/^mt:[0-9a-f]{16}$/);
    const edited = { ...a!, body: 'edited', comments: [] };
    expect(mtEntryKey(edited)).toBe(mtEntryKey(a!));
    expect(mtEntryKey(b!)).not.toBe(mtEntryKey(a!));
    expect(mtEntryKey({ ...a!, date: new Date(a!.date.getTime() + 1000) })).not.toBe(
      mtEntryKey(a!),
    );
  });
});

describe('the fixture entry as blocks', () => {
  const [first] = parseMt(exportText).entries;

  it('keeps everything after an unclosed <svg>, links as [text](url), and lists each dropped piece by line', () => {
    const { blocks, dropped } = mtEntryToBlocks(first!, 'ja');
    expect(blocks.map((b) => [b.kind, b.texts.ja])).toEqual([
      ['subheading', '縄手通りの古本市'],
      ['paragraph', '今年も松本の古本市に行ってきました。出店は40店、過去最多だそうです。'],
      [
        'paragraph',
        '雨でしたが、開場前から行列ができていました。\\\n傘をさして30分ほど並びました。',
      ],
      ['paragraph', '戦利品はこちら。'],
      ['list', '古い山岳写真集\n昭和の時刻表 \\& 路線図'],
      ['quote', '本を通じて街歩きを楽しんでほしい\n\n― 実行委員長'],
      ['image', '古本市の会場'],
      ['paragraph', 'ここをクリックしても何も起きません。'],
      ['more', undefined], // the extended body follows the excerpt break
      ['paragraph', '帰りに[喫茶店](https://example.com/cafe)で一休み。'],
    ]);
    expect(dropped.map((d) => [d.line, d.element, d.reason, d.excerpt])).toEqual([
      [17, '<svg>', 'unclosed', '<svg width="12" height="12">'],
      [24, '<script>', 'removed', 'alert("tracking")'],
      [25, '<a>', 'link', 'javascript:alert(1)'],
    ]);
  });
});

describe('parseMt malformed input', () => {
  const entry = (head: string, rest = 'BODY:\n<p>x</p>\n-----\n') =>
    `${head}\n-----\n${rest}--------\n`;

  it('reports a missing TITLE; keeps an entry whose comment header or section is unreadable, listing it by line', () => {
    const text = [
      entry('AUTHOR: a\nDATE: 01/02/2023 10:00:00 AM'),
      entry('TITLE: ok\nDATE: 01/02/2023 10:00:00 AM'),
      entry('TITLE: odd\nDATE: 01/02/2023 10:00:00 AM', 'GALLERY:\nstuff\n-----\n'),
      entry(
        'TITLE: c\nDATE: 01/02/2023 10:00:00 AM',
        'COMMENT:\nAUTHOR: x\nDATE: yesterday\nhi\n-----\nCOMMENT:\nAUTHOR: y\nDATE: 01/03/2023 10:00:00 AM\nkept\n-----\n',
      ),
    ].join('');
    const { entries, errors } = parseMt(text);
    expect(entries.map((e) => e.title)).toEqual(['ok', 'odd', 'c']);
    expect(entries[1]?.notImported).toEqual([{ line: 19, element: 'GALLERY', excerpt: 'stuff' }]);
    expect(errors).toEqual([{ line: 1, message: 'missing TITLE' }]);
    expect(entries[2]?.comments.map((c) => c.body)).toEqual(['kept']);
    expect(entries[2]?.notImported).toEqual([
      {
        line: 26,
        element: 'COMMENT (comment has an unparsable DATE "yesterday")',
        excerpt: 'AUTHOR: x DATE: yesterday hi',
      },
    ]);
  });

  it('keeps an entry with a custom field or an unreadable header line, listing them by line (issue 22 item 9)', () => {
    const text = entry(
      'TITLE: custom\nCF50_BASENAME: my-old-name\nthis is not a header\nDATE: 01/02/2023 10:00:00 AM',
      'BODY:\nThe body stays.\n-----\n',
    );
    const { entries, errors } = parseMt(text);
    expect(errors).toEqual([]);
    expect(entries[0]?.body).toBe('The body stays.');
    expect(entries[0]?.notImported).toEqual([
      { line: 2, element: 'CF50_BASENAME', excerpt: 'my-old-name' },
      { line: 3, element: 'unreadable line', excerpt: 'this is not a header' },
    ]);
  });

  it('handles CRLF, a BOM and an empty export', () => {
    const crlf = '\uFEFF' + entry('TITLE: t\nDATE: 12/31/2022 11:59:59 PM').replace(/\n/g, '\r\n');
    expect(parseMt(crlf).entries[0]?.date.toISOString()).toBe('2022-12-31T14:59:59.000Z');
    expect(parseMt('')).toEqual({ entries: [], errors: [] });
  });

  it('rejects impossible dates', () => {
    expect(parseMtDate('02/30/2023 10:00:00')).toBeNull();
    expect(parseMtDate('01/01/2023 13:00:00 PM')).toBeNull();
    expect(parseMtDate('01/01/2023 24:00:00')).toBeNull();
    expect(parseMtDate('03/12/2023 12:30:00 PM', 'America/New_York')?.toISOString()).toBe(
      '2023-03-12T16:30:00.000Z',
    );
  });
});
