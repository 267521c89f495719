import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/blocks/markdown/plain';
import { isMediaKind } from '@/lib/blocks/media';
import type { BlockInput } from '@/lib/blocks/types';
import { mtBodyToBlocks } from './html';

// Structure the converter turns into Markdown, around text runs full of characters Markdown reads
// as syntax: every run must show as written (the blocks' plain text holds it, character for character).
const TAGS = [
  'p',
  'b',
  'strong',
  'em',
  'i',
  'code',
  'del',
  's',
  'sub',
  'sup',
  'kbd',
  'mark',
  'span',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tr',
  'td',
  'th',
  'caption',
  'h2',
  'h4',
  'blockquote',
  'pre',
  'a',
  'figure',
  'figcaption',
];
const SPECIAL = [
  '',
  '*',
  '_',
  '#',
  '|',
  '1.',
  '-',
  '+',
  '<b>',
  '`',
  '~~',
  '[x]',
  '&',
  '\\',
  '>',
  '![',
  '](u)',
  'https://e.com',
  '｜《',
  '==',
];

type Node =
  | { t: 'text'; special: string; sep: string }
  | { t: 'el'; tag: string; start: number; closed: boolean; children: Node[] }
  | { t: 'br' };

const forest = fc.letrec<{ node: Node; forest: Node[] }>((tie) => ({
  node: fc.oneof(
    { depthIdentifier: 'md', maxDepth: 5 },
    fc.record({
      t: fc.constant('text' as const),
      special: fc.constantFrom(...SPECIAL),
      sep: fc.constantFrom('', ' ', '\n', '\n\n'),
    }),
    fc.record({ t: fc.constant('br' as const) }),
    fc.record({
      t: fc.constant('el' as const),
      tag: fc.constantFrom(...TAGS),
      start: fc.integer({ min: 0, max: 12 }),
      closed: fc.boolean(),
      children: tie('forest'),
    }),
  ),
  forest: fc.array(tie('node'), { maxLength: 4 }),
})).forest;

const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(nodes: Node[]): { html: string; runs: string[] } {
  const runs: string[] = [];
  const walk = (list: Node[]): string =>
    list
      .map((n) => {
        if (n.t === 'br') return '<br>';
        if (n.t === 'text') {
          const run = `w${runs.length}${n.special}w${runs.length}`;
          runs.push(run);
          return `${escapeHtml(run)}${n.sep}`;
        }
        const attrs =
          n.tag === 'ol'
            ? ` start="${n.start}"`
            : n.tag === 'a'
              ? ' href="https://e.com/x"'
              : n.tag === 'td' && n.start > 9
                ? ' colspan="2"'
                : '';
        return `<${n.tag}${attrs}>${walk(n.children)}${n.closed ? `</${n.tag}>` : ''}`;
      })
      .join('');
  return { html: walk(nodes), runs };
}

const INLINE_KINDS = new Set(['heading', 'subheading', 'list']);

/** What a reader sees of each block: Markdown's plain text; code and captions as written. */
function shown(blocks: BlockInput[]): string {
  return blocks
    .map((b) => {
      const text = b.texts.en ?? '';
      if (b.kind === 'code' || isMediaKind(b.kind)) return text;
      return plainText(text, INLINE_KINDS.has(b.kind) ? 'inline' : 'block');
    })
    .join('\n');
}

describe('mtBodyToBlocks writes Markdown that shows the text as written (property)', () => {
  it(
    'every run, Markdown characters included, is in the blocks’ plain text',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(forest, fc.boolean(), (nodes, convertBreaks) => {
          const { html, runs } = render(nodes);
          const out = shown(mtBodyToBlocks(html, 'en', { convertBreaks }).blocks).replace(
            /\s+/g,
            ' ',
          );
          for (const run of runs)
            expect(out, `${run} of ${JSON.stringify(html)}`).toContain(run.replace(/\s+/g, ' '));
        }),
        // A new seed each run (fast-check's default); it is printed with a failure, and
        // `FC_SEED=<n> npx vitest run lib/import/mt/html-markdown.property.test.ts` replays it.
        // Counterexamples found so far are examples in html-marks.test.ts.
        { numRuns: 400, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
      );
    },
  );
});
