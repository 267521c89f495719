import { describe, expect, it } from 'vitest';
import { mtBodyToBlocks } from './html';

const texts = (html: string) => mtBodyToBlocks(html, 'ja').blocks.map((b) => [b.kind, b.texts.ja]);
const dropped = (html: string) =>
  mtBodyToBlocks(html, 'en').dropped.map((d) => [d.element, d.reason, d.excerpt]);

describe('unclosed elements keep the rest of the body', () => {
  it.each([
    ['<svg>', '<p>a</p><svg width="10"><circle r="4"/>'],
    ['<script>', '<p>a</p><script src="https://t.example/x.js">'],
    ['<style>', '<p>a</p><style>'],
    ['<select>', '<p>a</p><select name="s">'],
    ['<textarea>', '<p>a</p><textarea>'],
    ['<!--', '<p>a</p><!-- '],
  ])('%s', (element, start) => {
    const out = mtBodyToBlocks(
      `${start}<h3>Rest</h3><p>b <a href="https://e.com/">c</a></p>\n\nd`,
      'en',
    );
    expect(out.blocks.map((b) => b.texts.en)).toEqual(['a', 'Rest', 'b [c](https://e.com/)', 'd']);
    expect(out.dropped).toEqual([
      expect.objectContaining({ element, reason: 'unclosed', start: 8 }),
    ]);
  });

  it('many unclosed openings: each is reported at its place in the HTML given, and all the text is kept', () => {
    const html =
      Array.from(
        { length: 120 },
        (_, k) => `<p>t${k}</p>${k % 3 ? '<script src="x.js">' : '<!-- '}`,
      ).join('') + '<p>end</p><script>gone()</script>';
    const out = mtBodyToBlocks(html, 'en');
    expect(out.blocks.map((b) => b.texts.en)).toEqual([
      ...Array.from({ length: 120 }, (_, k) => `t${k}`),
      'end',
    ]);
    const unclosed = out.dropped.filter((d) => d.reason === 'unclosed');
    expect(unclosed).toHaveLength(120);
    for (const d of unclosed)
      expect(html.slice(d.start, d.end + 1)).toBe(
        d.element === '<!--' ? '<!--' : '<script src="x.js">',
      );
    expect(out.dropped.at(-1)).toMatchObject({
      element: '<script>',
      reason: 'removed',
      excerpt: 'gone()',
    });
  });

  it('a <script src> with content, or a <style> holding tags, was left open: a later end tag does not swallow what is between', () => {
    const out = mtBodyToBlocks(
      '<script src="a.js"><p>kept</p><script>track()</script><style><p>also kept</p></style>',
      'en',
    );
    expect(out.blocks.map((b) => b.texts.en)).toEqual(['kept', 'also kept']);
    expect(out.dropped.map((d) => [d.element, d.reason])).toEqual([
      ['<script>', 'unclosed'],
      ['<script>', 'removed'],
      ['<style>', 'unclosed'],
    ]);
    expect(dropped('<script src="a.js"> </script><style>p { color: red }</style>')).toEqual([
      ['<script>', 'removed', 'a.js'],
      ['<style>', 'removed', 'p { color: red }'],
    ]);
  });

  it('<noscript> is text for readers without scripts: kept, open or closed', () => {
    expect(texts('<noscript><p>no JS</p></noscript><p>b</p>')).toEqual([
      ['paragraph', 'no JS'],
      ['paragraph', 'b'],
    ]);
    expect(texts('<noscript><p>no JS<p>b')).toEqual([
      ['paragraph', 'no JS'],
      ['paragraph', 'b'],
    ]);
    expect(dropped('<noscript><p>no JS<p>b')).toEqual([]);
  });

  it('an element closed only by its parent loses its tag, not the text after it', () => {
    expect(texts('<div><svg><text>label</text></div><p>after</p>')).toEqual([
      ['paragraph', 'label'],
      ['paragraph', 'after'],
    ]);
    expect(texts('<p>a</p><svg><text>label</text></svg><p>b</p>')).toEqual([
      ['paragraph', 'a'],
      ['paragraph', 'b'],
    ]);
    expect(dropped('<p>a</p><svg><text>label</text></svg>')).toEqual([
      ['<svg>', 'removed', 'label'],
    ]);
    expect(dropped('<select><option>one<option>two</select>')).toEqual([
      ['<select>', 'removed', 'onetwo'],
    ]);
  });
});
