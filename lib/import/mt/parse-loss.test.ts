import { describe, expect, it } from 'vitest';
import { parseMt } from './parse';

const HEAD = 'AUTHOR: taro\nTITLE: First\nDATE: 01/15/2024 10:00:00 AM\nSTATUS: Publish';

describe('parseMt: dashes inside text are text', () => {
  it('keeps a body line of eight dashes, and everything after it, when no entry header follows', () => {
    const text = `${HEAD}\n-----\nBODY:\nALPHA\n\n--------\nBRAVO\n-----\nEXTENDED BODY:\nCHARLIE\n-----\nEXCERPT:\nDELTA\n-----\n--------\n`;
    const { entries, errors } = parseMt(text);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      body: 'ALPHA\n\n--------\nBRAVO',
      extendedBody: 'CHARLIE',
      excerpt: 'DELTA',
    });
  });

  it('keeps a body line of five dashes when no section header follows it', () => {
    const text = `${HEAD}\n-----\nBODY:\nMIKE\n-----\nNOVEMBER\n-----\n--------\n${HEAD.replace('First', 'Second')}\n-----\nBODY:\nx\n-----\n--------\n`;
    const { entries, errors } = parseMt(text);
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.title, e.body])).toEqual([
      ['First', 'MIKE\n-----\nNOVEMBER'],
      ['Second', 'x'],
    ]);
  });

  it('still ends entries and sections at dividers followed by a header, blank lines or the end', () => {
    const text = `${HEAD}\n-----\nBODY:\na\n-----\n\n--------\n\n${HEAD.replace('First', 'Second')}\n-----\n\nBODY:\nb\n-----\n--------`;
    expect(parseMt(text).entries.map((e) => [e.title, e.body])).toEqual([
      ['First', 'a'],
      ['Second', 'b'],
    ]);
  });
});

describe('parseMt: comment text that looks like a header', () => {
  it('reads comment headers only while they fit: a URL with spaces or a repeated key starts the text', () => {
    const comment =
      'COMMENT:\nAUTHOR: hanako\nEMAIL: h@example.com\nURL: https://h.example/\nDATE: 01/16/2024 09:00:00 AM\nURL: GOLF first line\nIP: HOTEL second\nINDIA';
    const { entries } = parseMt(`${HEAD}\n-----\nBODY:\nx\n-----\n${comment}\n-----\n--------\n`);
    expect(entries[0]?.comments[0]).toMatchObject({
      author: 'hanako',
      url: 'https://h.example/',
      body: 'URL: GOLF first line\nIP: HOTEL second\nINDIA',
      line: 14,
    });
  });

  it('a repeated header with a plain value is text too', () => {
    const comment =
      'COMMENT:\nAUTHOR: a\nURL: https://a.example/\nDATE: 01/16/2024 09:00:00 AM\nURL: https://b.example/';
    const { entries } = parseMt(`${HEAD}\n-----\nBODY:\nx\n-----\n${comment}\n-----\n--------\n`);
    expect(entries[0]?.comments[0]).toMatchObject({
      url: 'https://a.example/',
      body: 'URL: https://b.example/',
    });
  });
});

describe('parseMt: what has no place in a post is listed, not lost', () => {
  it('reads TAGS; lists unknown keys, KEYWORDS and PING sections with their lines', () => {
    const text = [
      `${HEAD}\nALLOW PINGS: 1\nTAGS: "kamakura" "books"\nMOOD: sunny\n-----`,
      'BODY:\nx\n-----',
      'KEYWORDS:\nECHO FOXTROT\n-----',
      'PING:\nTITLE: trackback JULIET\nURL: http://example.com/\nExcerpt LIMA\n-----',
      'KEYWORDS:\n-----\n--------\n',
    ].join('\n');
    const { entries, errors } = parseMt(text);
    expect(errors).toEqual([]);
    expect(entries[0]?.tags).toEqual(['kamakura', 'books']);
    expect(entries[0]?.notImported).toEqual([
      { line: 7, element: 'MOOD', excerpt: 'sunny' },
      { line: 13, element: 'KEYWORDS', excerpt: 'ECHO FOXTROT' },
      {
        line: 16,
        element: 'PING',
        excerpt: 'TITLE: trackback JULIET URL: http://example.com/ Excerpt LIMA',
      },
    ]);
  });
});
