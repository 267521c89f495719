import { describe, expect, it } from 'vitest';
import { BLOCK_TEXT_MAX } from '@/lib/validations/post';
import { mtBodyToBlocks, mtEntryToBlocks } from './html';

const texts = (html: string) => mtBodyToBlocks(html, 'ja').blocks.map((b) => [b.kind, b.texts.ja]);
const dropped = (html: string) =>
  mtBodyToBlocks(html, 'en').dropped.map((d) => [d.element, d.reason, d.excerpt]);

describe('mtBodyToBlocks', () => {
  it('maps block tags to kinds', () => {
    expect(
      texts(
        '<h2>Title</h2><h3>Part</h3><h4>Sub</h4><p>One</p><blockquote><p>Q1</p><p>Q2</p></blockquote><pre>  a &lt; b\n    c</pre>',
      ),
    ).toEqual([
      ['heading', 'Title'],
      ['subheading', 'Part'],
      ['subheading', 'Sub'],
      ['paragraph', 'One'],
      ['quote', 'Q1\n\nQ2'],
      ['code', '  a < b\n    c'],
    ]);
  });

  it('keeps a flat <ul> a list block, an <ol> a numbered Markdown list, and a block inside a list in its place', () => {
    expect(
      texts('<ul><li>a</li><li>b <b>bold</b></li></ul><ol>\n<li>1</li>\n<li>2</li>\n</ol>'),
    ).toEqual([
      ['list', 'a\nb **bold**'],
      ['paragraph', '1. 1\n2. 2'],
    ]);
    expect(texts('<ul><li>a</li><li><img src="https://e.com/i.png"></li><li>b</li></ul>')).toEqual([
      ['list', 'a'],
      ['image', null],
      ['list', 'b'],
    ]);
  });

  it('treats <br> and bare newlines as breaks, blank lines as paragraphs', () => {
    expect(texts('line 1<br />\nline 2<br><br>next\n\nlast')).toEqual([
      ['paragraph', 'line 1\\\nline 2'],
      ['paragraph', 'next'],
      ['paragraph', 'last'],
    ]);
    const plain = mtBodyToBlocks('<p>wrapped\nline</p>', 'en', { convertBreaks: false });
    expect(plain.blocks[0]?.texts.en).toBe('wrapped line');
  });

  it('keeps images with an absolute address and alt text, reporting the others', () => {
    expect(
      mtBodyToBlocks(
        '<p>a<img src="https://e.com/x.jpg" alt="A &amp; B">b</p><img src="//e.com/y.png">',
        'ja',
      ).blocks,
    ).toEqual([
      { kind: 'paragraph', texts: { ja: 'a' } },
      { kind: 'image', src: 'https://e.com/x.jpg', texts: { ja: 'A & B' } },
      { kind: 'paragraph', texts: { ja: 'b' } },
      { kind: 'image', src: 'https://e.com/y.png', texts: { ja: null } },
    ]);
    for (const src of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '&#106;avascript:x',
      '/p/x.jpg',
    ]) {
      const out = mtBodyToBlocks(`<img src="${src}" alt="x">`, 'ja');
      expect(out.blocks).toEqual([]);
      expect(out.dropped).toEqual([
        expect.objectContaining({
          element: '<img>',
          reason: 'image',
          excerpt: expect.stringMatching(/^x /),
        }),
      ]);
    }
  });

  it('removes scripts, styles and embeds with their content and reports each; decodes entities; skips comments', () => {
    const html =
      '<script>alert("x")</script><style>p{}</style><!-- note --><p onclick="evil()">Tom &amp; Jerry&#x2019;s <span style="color:red">caf&eacute;</span> &copy; &bogus;</p><iframe src="https://video.example/e/1"></iframe>';
    const out = mtBodyToBlocks(html, 'en');
    expect(out.blocks).toEqual([
      { kind: 'paragraph', texts: { en: 'Tom \\& Jerry’s café © \\&bogus;' } },
    ]);
    expect(JSON.stringify(out.blocks)).not.toMatch(/alert|<|onclick|style/);
    expect(dropped(html)).toEqual([
      ['<script>', 'removed', 'alert("x")'],
      ['<style>', 'removed', 'p{}'],
      ['<iframe>', 'removed', 'https://video.example/e/1'],
    ]);
  });

  it('turns links into [text](url) and reports every address it cannot keep', () => {
    const html =
      '<a href="javascript:alert(1)">click</a> and <a href=\'https://ok.example\'>ok</a>, <a href="/2019/01/old.html">old</a>, <a href="https://e.com/a_(b)">paren</a> <a href="mailto:x@e.com">mail</a>';
    expect(texts(html)).toEqual([
      [
        'paragraph',
        'click and [ok](https://ok.example/), old, [paren](https://e.com/a_%28b%29) [mail](mailto:x@e.com)',
      ],
    ]);
    expect(dropped(html)).toEqual([
      ['<a>', 'link', 'javascript:alert(1)'],
      ['<a>', 'link', '/2019/01/old.html'],
    ]);
    expect(JSON.stringify(mtBodyToBlocks(html, 'en').blocks)).not.toContain('javascript');
    expect(
      JSON.stringify(mtBodyToBlocks('<scr<script>x</script>ipt>alert(1)</script>', 'en').blocks),
    ).not.toMatch(/<script/i);
  });

  it('keeps a link across a block boundary in each block, and reports a link with no text', () => {
    expect(texts('<a href="https://e.com/"><p>one</p><p>two</p></a>')).toEqual([
      ['paragraph', '[one](https://e.com/)'],
      ['paragraph', '[two](https://e.com/)'],
    ]);
    expect(texts('<p><a href="https://e.com/">a [note]</a></p>')).toEqual([
      ['paragraph', 'a \\[note\\] (<https://e.com/>)'],
    ]);
    // A link around an image is the image block's link, not a lost link.
    expect(
      mtBodyToBlocks(
        '<a href="https://e.com/big.jpg"><img src="https://e.com/small.jpg"></a>',
        'en',
      ),
    ).toEqual({
      blocks: [
        {
          kind: 'image',
          src: 'https://e.com/small.jpg',
          href: 'https://e.com/big.jpg',
          texts: { en: null },
        },
      ],
      dropped: [],
    });
    expect(dropped('<p>a <a href="https://e.com/x"> </a> b</p>')).toEqual([
      ['<a>', 'linkNoText', 'https://e.com/x'],
    ]);
    expect(texts('<pre><a href="https://e.com/">x</a></pre>')).toEqual([['code', 'x']]);
  });

  it('splits text over the block limit into several blocks instead of refusing the entry', () => {
    const words = Array.from({ length: 5000 }, (_, k) => `word${k}`).join(' ');
    const out = mtBodyToBlocks(`<p>${words}</p>`, 'en').blocks.map((b) => b.texts.en ?? '');
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((t) => [...t].length <= BLOCK_TEXT_MAX)).toBe(true);
    expect(out.join(' ')).toBe(words);
  });

  it('reports a tag cut off at the end instead of leaking it as markup', () => {
    expect(texts('<p>ok</p><img src=x onerror=alert(1)')).toEqual([['paragraph', 'ok']]);
    expect(dropped('<p>ok</p><img src=x onerror=alert(1)')).toEqual([
      ['<img>', 'unterminated', '<img src=x onerror=alert(1)'],
    ]);
  });
});

describe('mtEntryToBlocks', () => {
  it('combines body and extended body with an excerpt break between, honouring CONVERT BREAKS', () => {
    const { blocks } = mtEntryToBlocks(
      { body: 'a\nb', extendedBody: '<p>more</p>', convertBreaks: '0' },
      'ja',
    );
    expect(blocks.map((b) => [b.kind, b.texts.ja])).toEqual([
      ['paragraph', 'a b'],
      ['more', undefined],
      ['paragraph', 'more'],
    ]);
  });

  it('gives each dropped piece the export line it is on', () => {
    const entry = {
      body: '<p>a</p>\n<script>x</script>\n\n<a href="/r">r</a>',
      bodyLine: 12,
      extendedBody: 'x\n<style>y</style>',
      extendedBodyLine: 20,
    };
    expect(mtEntryToBlocks(entry, 'ja').dropped.map((d) => [d.line, d.element])).toEqual([
      [13, '<script>'],
      [15, '<a>'],
      [21, '<style>'],
    ]);
  });
});

describe('Hatena keyword auto-links (issue 22 item 9)', () => {
  it('become plain text, not links and not listed as lost', () => {
    const html =
      '<p>今日は<a class="keyword" href="http://d.hatena.ne.jp/keyword/%B5%FE%C5%D4">京都</a>へ。<a href="https://example.org/a">写真</a></p>';
    const { blocks, dropped } = mtBodyToBlocks(html, 'ja', { convertBreaks: false });
    expect(blocks).toEqual([
      { kind: 'paragraph', texts: { ja: '今日は京都へ。[写真](https://example.org/a)' } },
    ]);
    expect(dropped).toEqual([]);
  });
});
