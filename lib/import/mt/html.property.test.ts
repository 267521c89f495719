import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VOID } from './dropped';
import { mtBodyToBlocks } from './html';

// Random HTML-ish bodies: numbered text runs wrapped in tags that may be left open, misnested or
// stray, including elements the importer removes. Each run is "w<n>w", so it cannot be mistaken
// for another and survives whitespace folding.
const KEPT = [
  'p',
  'div',
  'span',
  'b',
  'h2',
  'h3',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'td',
  'noscript',
  'option',
  'a',
];
const REMOVED = [
  'script',
  'style',
  'svg',
  'select',
  'iframe',
  'textarea',
  'math',
  'template',
  'button',
  'object',
];

type Node =
  | { t: 'text'; before: string; after: string }
  | { t: 'el'; tag: string; href: string; closed: boolean; children: Node[] }
  | { t: 'mis'; a: string; b: string; first: Node[]; second: Node[]; third: Node[] }
  | { t: 'void'; html: string }
  | { t: 'stray'; tag: string };

const sep = fc.constantFrom('', ' ', '\n', '\n\n');
const tag = fc.constantFrom(...KEPT, ...REMOVED);
const VOIDS = [
  '<br>',
  '<br />\n',
  '<hr>',
  '<img src="https://e.com/i.png">',
  '<img src="/rel.png">',
  '<input value="v">',
];

function nodes(removedClosed: boolean) {
  return fc
    .letrec<{ node: Node; forest: Node[] }>((tie) => ({
      node: fc.oneof(
        { depthIdentifier: 'html', maxDepth: 4 },
        fc.record({ t: fc.constant('text' as const), before: sep, after: sep }),
        fc.record({ t: fc.constant('void' as const), html: fc.constantFrom(...VOIDS) }),
        fc.record({ t: fc.constant('stray' as const), tag }),
        fc.record({
          t: fc.constant('el' as const),
          tag,
          href: fc.constantFrom('https://e.com/x', 'javascript:alert(1)', '/rel', ''),
          closed: fc.boolean(),
          children: tie('forest'),
        }),
        fc.record({
          t: fc.constant('mis' as const),
          a: tag,
          b: tag,
          first: tie('forest'),
          second: tie('forest'),
          third: tie('forest'),
        }),
      ),
      forest: fc.array(tie('node'), { maxLength: 4 }),
    }))
    .forest.map((forest) => render(forest, removedClosed));
}

type Doc = { html: string; runs: Array<{ text: string; start: number }>; removedTags: number[] };

/** The HTML of a forest, with where each run and each removed-kind start tag is. */
function render(forest: Node[], removedClosed: boolean): Doc {
  const doc: Doc = { html: '', runs: [], removedTags: [] };
  const open = (name: string, href = '') => {
    if (REMOVED.includes(name) || name === 'input') doc.removedTags.push(doc.html.length);
    // A link gets its address; a script sometimes a src (which must hold no content).
    doc.html += !href
      ? `<${name}>`
      : name === 'a'
        ? `<a href="${href}">`
        : name === 'script'
          ? '<script src="x.js">'
          : `<${name}>`;
  };
  const walk = (list: Node[]) => {
    for (const n of list) {
      if (n.t === 'text') {
        doc.html += n.before;
        doc.runs.push({ text: `w${doc.runs.length}w`, start: doc.html.length });
        doc.html += `w${doc.runs.length - 1}w${n.after}`;
      } else if (n.t === 'void') {
        if (n.html.startsWith('<input')) doc.removedTags.push(doc.html.length);
        doc.html += n.html;
      } else if (n.t === 'stray')
        doc.html += removedClosed || !REMOVED.includes(n.tag) ? `</${n.tag}>` : '';
      else if (n.t === 'el') {
        open(n.tag, n.href);
        walk(n.children);
        if (n.closed && (removedClosed || !REMOVED.includes(n.tag))) doc.html += `</${n.tag}>`;
      } else {
        const closes = (name: string) =>
          removedClosed || !REMOVED.includes(name) ? `</${name}>` : '';
        open(n.a);
        walk(n.first);
        open(n.b);
        walk(n.second);
        doc.html += closes(n.a);
        walk(n.third);
        doc.html += closes(n.b);
      }
    }
  };
  walk(forest);
  return doc;
}

const check = { numRuns: 400 };

describe('mtBodyToBlocks on random HTML (property)', () => {
  it(
    'no text run vanishes unless a reported removed element held it; the rest keep their order',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(nodes(true), fc.boolean(), ({ html, runs, removedTags }, convertBreaks) => {
          const { blocks, dropped } = mtBodyToBlocks(html, 'en', { convertBreaks });
          const out = blocks.map((b) => b.texts.en ?? '').join('\n');
          expect(out).not.toContain('<');
          const removed = dropped.filter((d) => d.reason === 'removed');
          let last = -1;
          for (const run of runs) {
            const at = out.indexOf(run.text);
            if (at === -1) {
              const end = run.start + run.text.length - 1;
              expect(
                removed.some((d) => d.start <= run.start && end <= d.end),
                `${run.text} vanished from ${JSON.stringify(html)}`,
              ).toBe(true);
              continue;
            }
            expect(out.lastIndexOf(run.text), `${run.text} twice`).toBe(at);
            expect(at, `${run.text} out of order in ${JSON.stringify(out)}`).toBeGreaterThan(last);
            last = at;
          }
          // Content is removed only with an element that really closed.
          for (const d of removed) {
            const name = d.element.slice(1, -1);
            if (!VOID.has(name))
              expect(html.slice(d.start, d.end + 1)).toMatch(
                new RegExp(`^<${name}[\\s\\S]*</${name}>$`),
              );
          }
          // Every removed-kind tag the parser saw as a tag is listed (or sits inside one that is).
          for (const at of removedTags) {
            const listed =
              dropped.some((d) => d.start === at) ||
              removed.some((d) => d.start < at && at <= d.end);
            expect(listed, `tag at ${at} of ${JSON.stringify(html)} not reported`).toBe(true);
          }
        }),
        check,
      );
    },
  );

  it(
    'when no removed element is ever closed, every text run is kept, in order',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(nodes(false), ({ html, runs }) => {
          const out = mtBodyToBlocks(html, 'en')
            .blocks.map((b) => b.texts.en ?? '')
            .join('\n');
          const positions = runs.map((r) => out.indexOf(r.text));
          expect(
            positions.every((p) => p >= 0),
            `${JSON.stringify(html)} → ${JSON.stringify(out)}`,
          ).toBe(true);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }),
        check,
      );
    },
  );
});
