import { describe, expect, it } from 'vitest';
import { countLinks, findUrls, linkSegments, paragraphs } from './links';

const urls = (text: string) => findUrls(text).map((u) => u.url);

describe('finding links in comment text', () => {
  it('finds http and https URLs, not other schemes', () => {
    expect(urls('see https://example.com/a?b=1#c and http://x.example/')).toEqual([
      'https://example.com/a?b=1#c',
      'http://x.example/',
    ]);
    expect(urls('javascript:alert(1) data:text/html,<b> ftp://x.example mailto:a@b.co')).toEqual(
      [],
    );
    expect(urls('HTTPS://EXAMPLE.COM/Path')).toEqual(['HTTPS://EXAMPLE.COM/Path']);
  });

  it('leaves sentence punctuation and unbalanced brackets outside the link', () => {
    expect(urls('Read https://example.com/a.')).toEqual(['https://example.com/a']);
    expect(urls('(see https://example.com/a)')).toEqual(['https://example.com/a']);
    expect(urls('https://en.wikipedia.org/wiki/Foo_(bar), ok')).toEqual([
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    ]);
    expect(urls('"https://example.com/q"')).toEqual(['https://example.com/q']);
  });

  it('ends a URL at Japanese text written right after it', () => {
    expect(urls('詳しくはhttps://example.com/pathを見てください。')).toEqual([
      'https://example.com/path',
    ]);
    expect(urls('リンク:https://example.jp/。')).toEqual(['https://example.jp/']);
  });

  it('ignores a scheme with no host and markup around URLs', () => {
    expect(urls('https:// nothing http://')).toEqual([]);
    expect(urls('<a href="http://evil.example/x">x</a>')).toEqual(['http://evil.example/x']);
    expect(urls('https://a.example/"onmouseover="alert(1)')).toEqual(['https://a.example/']);
  });

  it('counts links for the moderation rule', () => {
    expect(countLinks('no links')).toBe(0);
    expect(countLinks('https://a.example https://b.example http://c.example')).toBe(3);
  });

  it('splits a line into text and link segments', () => {
    expect(linkSegments('go https://a.example now')).toEqual([
      { kind: 'text', text: 'go ' },
      { kind: 'link', text: 'https://a.example', href: 'https://a.example' },
      { kind: 'text', text: ' now' },
    ]);
    expect(linkSegments('<script>alert(1)</script>')).toEqual([
      { kind: 'text', text: '<script>alert(1)</script>' },
    ]);
  });

  it('splits paragraphs at blank lines and keeps single line breaks', () => {
    expect(paragraphs('one\ntwo\n\nthree\n \n\t\nfour')).toEqual([
      ['one', 'two'],
      ['three'],
      ['four'],
    ]);
    expect(paragraphs('single')).toEqual([['single']]);
  });
});
