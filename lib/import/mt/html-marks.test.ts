import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/blocks/markdown/plain';
import { mtBodyToBlocks } from './html';

const texts = (html: string) => mtBodyToBlocks(html, 'en').blocks.map((b) => b.texts.en);

// Counterexamples of the Markdown property test (html-markdown.property.test.ts) and the broken
// HTML around them: marks and links the HTML leaves open across each other or across a block.
describe('marks and links open across each other stay nested in the Markdown', () => {
  it('a mark closed inside a link ends with the link (the parser closes the link there)', () => {
    expect(texts('<b>x <a href="https://e.com/u">y</b> z</a>')).toEqual([
      '**x [y](https://e.com/u)** z',
    ]);
  });

  it('a mark open across a paragraph boundary closes before it and opens again after it', () => {
    expect(texts('<i>a<p>b</i>c')).toEqual(['*a*', '*b*', 'c']);
    expect(texts('<b>x<a href="https://e.com/u">y<p>z</p></a></b>')).toEqual([
      '**x[y](https://e.com/u)**',
      '**[z](https://e.com/u)**',
    ]);
  });

  it('a link inside a link: marks opened in the outer one close around each piece', () => {
    expect(
      texts('<a href="https://e.com/1">x<b>y<a href="https://e.com/2">z</a>w</b></a>'),
    ).toEqual(['[x**y**](https://e.com/1)**[z](https://e.com/2)**[**w**](https://e.com/1)']);
    expect(texts('<a href="https://e.com/1"><b>p<a href="https://e.com/2">q</a></b></a>')).toEqual([
      '[**p**](https://e.com/1)**[q](https://e.com/2)**',
    ]);
  });

  it('a link inside a link across a paragraph: every piece keeps its link and marks', () => {
    expect(
      texts('<a href="https://e.com/1">x<b>y<a href="https://e.com/2">z<p>q</p>r</a>w</b>v</a>'),
    ).toEqual([
      '[x**y**](https://e.com/1)**[z](https://e.com/2)**',
      '**[q](https://e.com/2)**',
      '**[r](https://e.com/2)**[**w**v](https://e.com/1)',
    ]);
  });

  it('a mark left open in a table cell with a link closes inside the cell', () => {
    expect(
      texts('<table><tr><td><b>x <a href="https://e.com/u">y</td><td>z</td></tr></table>'),
    ).toEqual(['|  |  |\n| --- | --- |\n| **x [y](https://e.com/u)** | z |']);
  });

  it('a mark open around a code block is not written inside it (it would show as text)', () => {
    expect(texts('<s><p><pre><p>w0w0')).toEqual(['w0w0']);
  });

  it('a link whose text holds brackets ends its address before the text after it (seed 4)', () => {
    const html = '<p><a href="https://e.com/x"><strong>w0![w0</a>w1&gt;w1';
    const [text] = texts(html);
    expect(text).toBe('**w0\\!\\[w0** (<https://e.com/x>)w1\\>w1');
    expect(plainText(text!)).toBe('w0![w0 (https://e.com/x)w1>w1');
  });
});

describe('marks stay linear', () => {
  it('50,000 bold words convert in under a second', () => {
    const html = `<p>${'<b>word</b> '.repeat(50_000)}</p>`;
    // The best of three runs: the first compiles the code, and the machine may be busy; a
    // rewrite of the whole text at each mark (quadratic) takes far longer in every run.
    let best = Infinity;
    let out: (string | null | undefined)[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      out = texts(html);
      best = Math.min(best, performance.now() - started);
    }
    expect(best).toBeLessThan(1_000);
    expect(out.join(' ').match(/\*\*word\*\*/g)).toHaveLength(50_000);
  });
});
