import { describe, expect, it } from 'vitest';
import { mtBodyToBlocks, mtEntryToBlocks } from './mt-html';

const texts = (html: string) => mtBodyToBlocks(html, 'ja').map((b) => [b.kind, b.texts.ja]);

describe('mtBodyToBlocks', () => {
  it('maps block tags to kinds', () => {
    expect(
      texts('<h2>Title</h2><h3>Part</h3><h4>Sub</h4><p>One</p><blockquote><p>Q1</p><p>Q2</p></blockquote><pre>  a &lt; b\n    c</pre>'),
    ).toEqual([
      ['heading', 'Title'],
      ['subheading', 'Part'],
      ['subheading', 'Sub'],
      ['paragraph', 'One'],
      ['quote', 'Q1\n\nQ2'],
      ['code', '  a < b\n    c'],
    ]);
  });

  it('joins list items with newlines, ordered or not', () => {
    expect(texts('<ul><li>a</li><li>b <b>bold</b></li></ul><ol>\n<li>1</li>\n<li>2</li>\n</ol>')).toEqual([
      ['list', 'a\nb bold'],
      ['list', '1\n2'],
    ]);
  });

  it('treats <br> and bare newlines as breaks, blank lines as paragraphs', () => {
    expect(texts('line 1<br />\nline 2<br><br>next\n\nlast')).toEqual([
      ['paragraph', 'line 1\nline 2'],
      ['paragraph', 'next'],
      ['paragraph', 'last'],
    ]);
    const plain = mtBodyToBlocks('<p>wrapped\nline</p>', 'en', { convertBreaks: false });
    expect(plain[0]?.texts.en).toBe('wrapped line');
  });

  it('keeps images with src and alt, refusing unsafe URLs', () => {
    expect(mtBodyToBlocks('<p>a<img src="/p/x.jpg" alt="A &amp; B">b</p>', 'ja')).toEqual([
      { kind: 'paragraph', texts: { ja: 'a' } },
      { kind: 'image', src: '/p/x.jpg', texts: { ja: 'A & B' } },
      { kind: 'paragraph', texts: { ja: 'b' } },
    ]);
    expect(mtBodyToBlocks('<img src="https://e.com/y.png">', 'ja')).toEqual([
      { kind: 'image', src: 'https://e.com/y.png', texts: { ja: null } },
    ]);
    for (const src of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<b>', 'vbscript:x', '&#106;avascript:x'])
      expect(mtBodyToBlocks(`<img src="${src}" alt="x">`, 'ja')).toEqual([]);
  });

  it('strips scripts, styles, comments and every other tag, decoding entities', () => {
    const blocks = mtBodyToBlocks(
      '<script>alert("x")</script><style>p{}</style><!-- note --><p onclick="evil()">Tom &amp; Jerry&#x2019;s <span style="color:red">caf&eacute;</span> &copy; &bogus;</p>',
      'en',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', texts: { en: 'Tom & Jerry’s café © &bogus;' } }]);
    expect(JSON.stringify(blocks)).not.toMatch(/alert|<|onclick|style/);
  });

  it('never lets javascript: survive as a link', () => {
    const blocks = mtBodyToBlocks('<a href="javascript:alert(1)">click</a> and <a href=\'https://ok.example\'>ok</a>', 'en');
    expect(blocks).toEqual([{ kind: 'paragraph', texts: { en: 'click and ok' } }]);
    expect(JSON.stringify(blocks)).not.toContain('javascript');
    expect(JSON.stringify(mtBodyToBlocks('<scr<script>x</script>ipt>alert(1)</script>', 'en'))).not.toMatch(/<script/i);
  });

  it('drops an unterminated tag instead of leaking it as markup', () => {
    expect(texts('<p>ok</p><img src=x onerror=alert(1)')).toEqual([['paragraph', 'ok']]);
  });

  it('combines body and extended body, honouring CONVERT BREAKS', () => {
    const blocks = mtEntryToBlocks({ body: 'a\nb', extendedBody: '<p>more</p>', convertBreaks: '0' }, 'ja');
    expect(blocks.map((b) => b.texts.ja)).toEqual(['a b', 'more']);
  });
});
