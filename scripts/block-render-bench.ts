// The block text render of a 200-block bilingual post with tables and footnotes, before (the first
// version's inline subset) and after (CommonMark + GFM): `npx tsx scripts/block-render-bench.ts`.
// Measures what a page cache miss adds for block text: parse → elements → HTML, both languages.
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { jsx, jsxs } from 'react/jsx-runtime';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { parseInline, type InlineToken } from '@/lib/blocks/inline';
import { textToHast } from '@/lib/blocks/markdown/hast';

const TABLE =
  '| Item | Price | Note |\n|:--|--:|:-:|\n| Tea | 8 | *green* |\n| Rice | 12 | **new** |';
const texts = Array.from({ length: 200 }, (_, i) => {
  const en = `Block ${i}: the **harbour** library opens *late*; see [the notice](https://x.test/${i})`;
  const ja = `第${i}段落：港の**図書館**は東京《とうきょう》より遅くまで開く`;
  const rich = i % 10 === 0 ? `\n\n${TABLE}\n\n8. one\n9. two\n   - nested` : '';
  const note = i % 5 === 0 ? '[^1]\n\n[^1]: A footnote with a [link](https://x.test/).' : '';
  return [en + note + rich, ja + note + rich];
}).flat();

/** The first version's renderer (components/inline-text.tsx before issue 21). */
function old(tokens: InlineToken[]): ReactNode[] {
  return tokens.map((t, i) => {
    if (t.type === 'text') return createElement(Fragment, { key: i }, t.text);
    if (t.type === 'code') return createElement('code', { key: i }, t.text);
    if (t.type === 'link')
      return createElement('a', { key: i, href: t.href, rel: 'noopener' }, old(t.children));
    return createElement(t.type === 'strong' ? 'strong' : 'em', { key: i }, old(t.children));
  });
}

const before = () =>
  texts.map((t) => renderToStaticMarkup(createElement('p', null, old(parseInline(t)))));
const after = () =>
  texts.map((t, i) =>
    renderToStaticMarkup(
      createElement(
        'div',
        null,
        toJsxRuntime(textToHast(t, { idPrefix: `b${i}-` }), { Fragment, jsx, jsxs }),
      ),
    ),
  );

function median(run: () => unknown, times = 15): number {
  for (let i = 0; i < 3; i++) run();
  const samples = Array.from({ length: times }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return samples[Math.floor(times / 2)]!;
}

console.log(`400 block texts (200 blocks × 2 languages), median of 15 runs`);
console.log(`before (inline subset): ${median(before).toFixed(1)} ms`);
console.log(`after (CommonMark + GFM): ${median(after).toFixed(1)} ms`);
