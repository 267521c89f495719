import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS } from '@/lib/model';
import { legacyToMarkdown, visible } from './legacy';
import { parseInline, type InlineToken } from './inline';
import { escapeMarkdown } from './markdown/escape';
import { plainText } from './markdown/plain';

// Pieces that were literal in the old subset and are syntax in Markdown (or the ruby notation).
const PIECES = [
  ...['*', '**', '_', '__', '`', '[', ']', '(', ')', '#', '|', '<', '>', '1.', '8)', '-', '+'],
  ...['=', '~', '~~', '!', '&', '&amp;', '&#42;', '\\', ':', '^', '[^1]', '[^1]: ', '---', '***'],
  ...['\n', '\n\n', ' ', '  ', '    ', '\t', 'a', 'bc', '漢字', 'かな', '《', '》', '｜'],
  ...['<sub>', '</sub>', '<ruby>', '<rt>', '<b>', 'https://x.test/', 'www.x.test', 'a@b.test'],
  ...[
    'javascript:x',
    '](https://x.test/)',
    '](javascript:x)',
    '｜漢字《かんじ》',
    '東京《とうきょう》',
  ],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join(''));

function oldPlain(tokens: InlineToken[]): string {
  return tokens.map((t) => ('children' in t ? oldPlain(t.children) : t.text)).join('');
}

/** What the first version showed for a block text of this kind (list: one item per line). */
function oldVisible(source: string, kind: string): string[] {
  const lines = kind === 'list' ? source.split('\n').filter(Boolean) : [source];
  return lines.map((line) => visible(oldPlain(parseInline(line))));
}

function newVisible(source: string, kind: string): string[] {
  if (kind === 'list')
    return source
      .split('\n')
      .filter(Boolean)
      .map((l) => visible(plainText(l, 'inline')));
  const mode = kind === 'heading' || kind === 'subheading' ? 'inline' : 'block';
  return [visible(plainText(source, mode))];
}

describe('escaping plain text as Markdown', () => {
  it('shows the same words in block and inline text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(visible(plainText(escapeMarkdown(s)))).toBe(visible(s));
        expect(visible(plainText(escapeMarkdown(s), 'inline'))).toBe(visible(s));
      }),
      // Found by this property: a line `:-` under another made a one-column GFM table.
      { numRuns: 500, examples: [['*\n:-'], ['a\n:-:'], ['x\n:---\ny']] },
    );
  }, 120_000);
});

describe('migrating stored text from the old subset', () => {
  it('shows the same visible text before and after, in every block kind', () => {
    const kinds = BLOCK_KINDS.filter((k) => k !== 'code' && k !== 'image');
    fc.assert(
      fc.property(text, fc.constantFrom(...kinds), (s, kind) => {
        const migrated = legacyToMarkdown(s, kind);
        const before = oldVisible(s, kind).filter(Boolean);
        expect(newVisible(migrated, kind).filter(Boolean)).toEqual(before);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('keeps the formatting the old subset had', () => {
    expect(legacyToMarkdown('a **b** *c* `d` [e](https://x.test/)', 'paragraph')).toBe(
      'a **b** *c* `d` [e](https://x.test/)',
    );
    expect(legacyToMarkdown('[x](https://x.test/a b)', 'paragraph')).toBe(
      '\\[x\\](https\\://x.test/a b)',
    );
  });

  it('keeps literal what was literal', () => {
    expect(legacyToMarkdown('1. one\n# two\n| a |', 'paragraph')).toBe(
      '1\\. one\n\\# two\n\\| a \\|',
    );
    expect(legacyToMarkdown('東京《とうきょう》 H<sub>2</sub>O', 'heading')).toBe(
      '東京\\《とうきょう》 H\\<sub\\>2\\</sub\\>O',
    );
    expect(legacyToMarkdown('- a\n- b', 'list')).toBe('\\- a\n\\- b');
  });

  it('leaves code and image texts alone', () => {
    expect(legacyToMarkdown('**x** <b>', 'code')).toBe('**x** <b>');
    expect(legacyToMarkdown('A *cat*', 'image')).toBe('A *cat*');
  });
});
