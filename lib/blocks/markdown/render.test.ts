import { describe, expect, it } from 'vitest';
import { inlineChildren, textToHast, type RenderOptions } from './hast';
import { plainText } from './plain';
import { hastToHtml } from './to-html';

const html = (text: string, options: RenderOptions = {}) =>
  hastToHtml(textToHast(text, options)).replace(/\n/g, '');
const inline = (text: string) =>
  hastToHtml({ type: 'root', children: inlineChildren(textToHast(text, { mode: 'inline' })) });

describe('block text as CommonMark + GFM', () => {
  it('renders tables with their alignment', () => {
    expect(html('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |')).toBe(
      '<table><thead><tr><th align="left">a</th><th align="center">b</th><th align="right">c</th></tr></thead>' +
        '<tbody><tr><td align="left">1</td><td align="center">2</td><td align="right">3</td></tr></tbody></table>',
    );
  });

  it('renders ordered lists with a start, nested lists and task lists', () => {
    expect(html('8. eight\n9. nine\n   - inner')).toBe(
      '<ol start="8"><li>eight</li><li>nine<ul><li>inner</li></ul></li></ol>',
    );
    expect(html('- [x] done\n- [ ] todo')).toBe(
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked="" disabled=""/> done</li>' +
        '<li class="task-list-item"><input type="checkbox" disabled=""/> todo</li></ul>',
    );
  });

  it('renders strikethrough, rules, hard breaks and code blocks with a language', () => {
    expect(html('~~gone~~ a  \nb\n\n---')).toBe('<p><del>gone</del> a<br/>b</p><hr/>');
    expect(html('```ts\nconst a = 1 < 2;\n```')).toBe(
      '<pre><code class="language-ts">const a = 1 &lt; 2;</code></pre>',
    );
  });

  it('links footnotes both ways with ids unique to the block and language', () => {
    const out = html('Tea[^1].\n\n[^1]: Green.', {
      idPrefix: 'b7-ja-',
      footnoteLabel: '脚注',
      footnoteBackLabel: '本文へ戻る',
    });
    expect(out).toContain('<a href="#b7-ja-fn-1" id="b7-ja-fnref-1" data-footnote-ref');
    expect(out).toContain('aria-describedby="b7-ja-footnote-label"');
    expect(out).toContain('<h2 class="sr-only" id="b7-ja-footnote-label">脚注</h2>');
    expect(out).toContain('<li id="b7-ja-fn-1"><p>Green. <a href="#b7-ja-fnref-1"');
    expect(out).toContain('aria-label="本文へ戻る"');
  });

  it('keeps allowlisted inline tags as elements and any other HTML as text', () => {
    expect(html('H<sub>2</sub>O x<sup>2</sup> <kbd>Ctrl</kbd> <mark>hi</mark>')).toBe(
      '<p>H<sub>2</sub>O x<sup>2</sup> <kbd>Ctrl</kbd> <mark>hi</mark></p>',
    );
    expect(html('<b onclick="x()">b</b> <sub class="x">s</sub> <script>alert(1)</script>')).toBe(
      '<p>&lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt; &lt;sub class=&quot;x&quot;&gt;s&lt;/sub&gt; ' +
        '&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(html('<div>\nx\n</div>')).toBe('<p>&lt;div&gt;x&lt;/div&gt;</p>');
    expect(html('a <sub>unclosed')).toBe('<p>a &lt;sub&gt;unclosed</p>');
  });

  it('renders ruby from the notation and from <ruby> tags', () => {
    const ruby = (base: string, rt: string) =>
      `<ruby>${base}<rp>(</rp><rt>${rt}</rt><rp>)</rp></ruby>`;
    expect(html('｜日本語《にほんご》と東京《とうきょう》')).toBe(
      `<p>${ruby('日本語', 'にほんご')}と${ruby('東京', 'とうきょう')}</p>`,
    );
    expect(html('かな《よみ》 \\《東京》 \\｜a《b》')).toBe(
      '<p>かな《よみ》 《東京》 ｜a《b》</p>',
    );
    expect(html('<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>')).toBe(
      `<p>${ruby('漢', 'かん')}</p>`,
    );
    expect(html('`東京《とうきょう》`')).toBe('<p><code>東京《とうきょう》</code></p>');
  });

  it('keeps the old link scheme rule and shows no images', () => {
    expect(
      html('[a](https://x.test/) [b](mailto:m@x.test) [c](javascript:alert(1)) [d](/rel)'),
    ).toBe('<p><a href="https://x.test/">a</a> <a href="mailto:m@x.test">b</a> c d</p>');
    expect(html('![a cat](https://x.test/c.png)')).toBe('<p>a cat</p>');
  });

  it('reads headings and list items as inline text only', () => {
    expect(inline('1. Intro to **tea**')).toBe('1. Intro to <strong>tea</strong>');
    expect(inline('# not a heading | x')).toBe('# not a heading | x');
  });
});

describe('plain text of block text', () => {
  it('drops the markup, keeps ruby bases and separates blocks', () => {
    expect(
      plainText('**Tea** is 東京《とうきょう》[^1].\n\n| a | b |\n|-|-|\n| 1 | 2 |\n\n[^1]: Note'),
    ).toBe('Tea is 東京.\na b\n1 2\nNote');
    expect(plainText('1\\. \\*x\\*')).toBe('1. *x*');
  });
});
