import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/blocks/markdown/plain';
import { textToHast } from '@/lib/blocks/markdown/hast';
import { hastToHtml } from '@/lib/blocks/markdown/to-html';
import { mtBodyToBlocks } from './html';

const blocks = (html: string) => mtBodyToBlocks(html, 'en').blocks;
const texts = (html: string) => blocks(html).map((b) => [b.kind, b.texts.en]);
const rendered = (html: string) =>
  hastToHtml(textToHast(blocks(html)[0]!.texts.en!)).replace(/\n/g, '');

describe('tables become GFM tables', () => {
  it('takes the header from <thead>, keeps inline markup and escapes pipes; the caption is text', () => {
    const html =
      '<table><caption>Prices</caption><thead><tr><th>Item</th><th>Cost</th></tr></thead>' +
      '<tbody><tr><td><b>Tea</b> | green</td><td><code>a|b</code></td></tr><tr><td>Rice</td></tr></tbody></table>';
    expect(texts(html)).toEqual([
      [
        'paragraph',
        'Prices\n\n| Item | Cost |\n| --- | --- |\n| **Tea** \\| green | `a\\|b` |\n| Rice |  |',
      ],
    ]);
    expect(rendered(html)).toContain(
      '<td><strong>Tea</strong> | green</td><td><code>a|b</code></td>',
    );
  });

  it('a first row of <th> is the header; without one the header row is empty', () => {
    expect(texts('<table><tr><th>A</th></tr><tr><td>1</td></tr></table>')[0]![1]).toBe(
      '| A |\n| --- |\n| 1 |',
    );
    expect(texts('<table><tr><td>1</td><td>2</td></tr></table>')[0]![1]).toBe(
      '|  |  |\n| --- | --- |\n| 1 | 2 |',
    );
  });

  it('spans, nested blocks and nested tables degrade to cells that keep every word', () => {
    const html =
      '<table><tr><td colspan="2">wide</td></tr><tr><td rowspan="2"><p>one</p><ul><li>two</li></ul></td>' +
      '<td><table><tr><td>inner</td></tr></table></td></tr></table><p>after</p>';
    expect(texts(html)).toEqual([
      ['paragraph', '|  |  |\n| --- | --- |\n| wide |  |\n| one two | inner |'],
      ['paragraph', 'after'],
    ]);
  });

  it('an image in a cell follows the table as its own block', () => {
    expect(
      texts('<table><tr><td>x<img src="https://e.com/i.png" alt="pic"></td></tr></table>'),
    ).toEqual([
      ['paragraph', '|  |\n| --- |\n| x |'],
      ['image', 'pic'],
    ]);
  });
});

describe('lists keep numbers and nesting', () => {
  it('an <ol start> numbers from start; nested lists indent under their item', () => {
    const html =
      '<ol start="8"><li>eight<ul><li>sub <em>a</em><ol><li>deep</li></ol></li></ul></li><li>nine</li></ol>';
    const text = '8. eight\n   - sub *a*\n     1. deep\n9. nine';
    expect(texts(html)).toEqual([['paragraph', text]]);
    expect(rendered(html)).toBe(
      '<ol start="8"><li>eight<ul><li>sub <em>a</em><ol><li>deep</li></ol></li></ul></li><li>nine</li></ol>',
    );
  });

  it('an item that starts with a nested list, or holds two paragraphs, keeps both', () => {
    expect(texts('<ul><li><ul><li>x</li></ul></li></ul>')).toEqual([['paragraph', '-\n  - x']]);
    expect(texts('<ul><li><p>a</p><p>b</p></li></ul>')).toEqual([['paragraph', '- a\\\n  b']]);
  });

  it('nesting deeper than the parser allows continues at the limit, every item kept', () => {
    const html = '<ul><li>x'.repeat(40) + '</li></ul>'.repeat(40);
    const [block] = blocks(html);
    expect(plainText(block!.texts.en!).split('\n')).toHaveLength(40);
  });
});

describe('inline formatting and escaping', () => {
  it('maps bold, italic, code, strikethrough and the allowlisted tags', () => {
    expect(
      texts(
        '<p><strong>b</strong> <i>i</i> <code>c`d</code> <del>x</del> <s>y</s> H<sub>2</sub>O E=MC<sup>2</sup> <kbd>Ctrl</kbd> <mark>m</mark> <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby></p>',
      ),
    ).toEqual([
      [
        'paragraph',
        '**b** *i* ``c`d`` ~~x~~ ~~y~~ H<sub>2</sub>O E=MC<sup>2</sup> <kbd>Ctrl</kbd> <mark>m</mark> <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>',
      ],
    ]);
  });

  it('keeps whitespace outside the delimiters and drops emphasis that could not parse', () => {
    expect(texts('<p>a<b> bold </b>c <b></b>d x<b>"q"</b></p>')).toEqual([
      ['paragraph', 'a **bold** c d x"q"'],
    ]);
  });

  it('escapes text that would read as Markdown, so it shows as written', () => {
    const literal = '1. not a list # * _x_ | [a](b) <b> `c` ~~d~~ https://e.com';
    const [block] = blocks(`<p>${literal.replace(/</g, '&lt;')}</p><h2># h</h2><p>- x<br>+ y</p>`);
    expect(plainText(block!.texts.en!)).toBe(literal);
    expect(texts('<h2># h</h2>')).toEqual([['heading', '\\# h']]);
    expect(texts('<p>- x<br>+ y</p>')).toEqual([['paragraph', '\\- x\\\n\\+ y']]);
  });

  it('<!--more--> is an excerpt break (the first one only)', () => {
    expect(texts('<p>a</p><!--more--><p>b</p><!--more-->c')).toEqual([
      ['paragraph', 'a'],
      ['more', undefined],
      ['paragraph', 'b'],
      ['paragraph', 'c'],
    ]);
  });

  it('<audio> and <video> are media blocks (address from src or <source>); an unusable one is listed', () => {
    const out = mtBodyToBlocks(
      '<p>a</p><video controls><source src="https://e.com/v.mp4" type="video/mp4">Old browser</video><audio src="javascript:x">Song</audio>',
      'en',
    );
    expect(out.blocks.map((b) => [b.kind, b.src, b.texts.en])).toEqual([
      ['paragraph', undefined, 'a'],
      ['video', 'https://e.com/v.mp4', 'Old browser'],
      ['paragraph', undefined, 'Song'],
    ]);
    expect(out.dropped.map((d) => [d.element, d.reason])).toEqual([['<audio>', 'link']]);
  });

  it(
    'stays linear on huge bodies of marks and links (each close rewrote the whole text: 37 s and 102 s)',
    { timeout: 60_000 },
    () => {
      const started = Date.now();
      const body =
        '<p>' +
        '<b>x</b> <a href="https://e.com/">y</a> '.repeat(30000) +
        '</p>' +
        '<table><tr><td>' +
        '<i>z</i> '.repeat(30000) +
        '</td></tr></table>';
      const out = mtBodyToBlocks(body, 'en');
      expect(Date.now() - started).toBeLessThan(20_000);
      const text = out.blocks.map((b) => b.texts.en).join(' ');
      expect(text.match(/\*\*x\*\*|\[y\]\(https:\/\/e\.com\/\)|\*z\*/g)).toHaveLength(90000);
    },
  );
});

describe('captions in broken tables', () => {
  it('keeps the text of a caption opened again before it was closed', () => {
    expect(mtBodyToBlocks('<table><caption>w0w0<caption>', 'en').blocks).toEqual([
      { kind: 'paragraph', texts: { en: 'w0w0' } },
    ]);
    const nested = mtBodyToBlocks(
      '<table><caption>a<caption>b</caption></caption><tr><td>c</td></tr></table>',
      'en',
    );
    expect(nested.blocks[0]!.texts.en).toBe('a\n\nb\n\n|  |\n| --- |\n| c |');
  });
});

describe('raw text in broken markup', () => {
  it('escapes a pipe of preformatted text inside a table cell', () => {
    const [block] = mtBodyToBlocks('<pre><table><p><p>w0|w0', 'en', {
      convertBreaks: false,
    }).blocks;
    expect(plainText(block!.texts.en!)).toContain('w0|w0');
  });

  it('escapes a backtick of preformatted text inside a table cell (property seed 15838)', () => {
    const [block] = mtBodyToBlocks('<pre><table>w0`w0<p><p>w1`w1', 'en', {
      convertBreaks: false,
    }).blocks;
    expect(block!.texts.en).toBe('|  |\n| --- |\n| w0\\`w0 w1\\`w1 |');
    expect(plainText(block!.texts.en!)).toContain('w0`w0 w1`w1');
  });
});
