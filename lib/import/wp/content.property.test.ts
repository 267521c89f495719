import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/blocks/markdown/plain';
import { isMediaKind } from '@/lib/blocks/media';
import { mtBodyToBlocks } from '../mt/html';

// WordPress content: text runs inside shortcodes (known and unknown, enclosing or not) and
// Gutenberg block comments. Every run arrives in a block or is listed as not imported.
type Piece =
  | { t: 'text'; sep: string }
  | { t: 'code'; name: string; attrs: string; children: Piece[]; closed: boolean }
  | { t: 'block'; name: string; html: 'figure' | 'p'; children: Piece[] };

const pieces = fc.letrec<{ piece: Piece; list: Piece[] }>((tie) => ({
  piece: fc.oneof(
    { depthIdentifier: 'wp', maxDepth: 3 },
    fc.record({ t: fc.constant('text' as const), sep: fc.constantFrom(' ', '\n', '\n\n') }),
    fc.record({
      t: fc.constant('code' as const),
      name: fc.constantFrom(
        'caption',
        'gallery',
        'audio',
        'video',
        'embed',
        'contact-form',
        'note',
      ),
      attrs: fc.constantFrom(
        '',
        ' ids="1,2"',
        ' mp3="https://e.com/a.mp3"',
        ' caption="c"',
        ' x="y"',
      ),
      children: tie('list'),
      closed: fc.boolean(),
    }),
    fc.record({
      t: fc.constant('block' as const),
      name: fc.constantFrom(
        'image',
        'gallery',
        'embed {"url":"https://vimeo.com/1"}',
        'audio',
        'video',
        'quote',
        'table',
      ),
      html: fc.constantFrom('figure' as const, 'p' as const),
      children: tie('list'),
    }),
  ),
  list: fc.array(tie('piece'), { maxLength: 4 }),
})).list;

function render(list: Piece[]): { html: string; runs: string[] } {
  const runs: string[] = [];
  const walk = (ps: Piece[]): string =>
    ps
      .map((p) => {
        if (p.t === 'text') {
          runs.push(`w${runs.length}w`);
          return `${runs.at(-1)}${p.sep}`;
        }
        if (p.t === 'code')
          return `[${p.name}${p.attrs}]${walk(p.children)}${p.closed ? `[/${p.name}]` : ''}`;
        const name = p.name.split(' ')[0];
        const inner =
          p.html === 'figure'
            ? `<figure><img src="https://e.com/i.png" alt="">${walk(p.children)}<figcaption>${walk([{ t: 'text', sep: '' }])}</figcaption></figure>`
            : `<p>${walk(p.children)}</p>`;
        return `<!-- wp:${p.name} -->${inner}<!-- /wp:${name} -->`;
      })
      .join('');
  return { html: walk(list), runs };
}

describe('WordPress content (property)', () => {
  it('every text run is in a block or listed as not imported', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(pieces, (list) => {
        const { html, runs } = render(list);
        const { blocks, dropped } = mtBodyToBlocks(html, 'en', {
          wordpress: { postId: '1', attachments: new Map(), footnotes: new Map() },
        });
        const shown = blocks
          .map((b) => {
            const text = b.texts.en ?? '';
            return isMediaKind(b.kind)
              ? text
              : plainText(text, b.kind === 'list' ? 'inline' : 'block');
          })
          .join(' ');
        const listed = dropped.map((d) => d.excerpt).join(' ');
        for (const run of runs)
          expect(
            shown.includes(run) || listed.includes(run),
            `${run} lost from ${JSON.stringify(html)}`,
          ).toBe(true);
        // Shortcodes WordPress knows never show as text ("[note]" alone is prose).
        expect(shown).not.toMatch(/\[\/?(?:caption|gallery|audio|video|embed)\b/);
      }),
      { numRuns: 300 },
    );
  });
});
