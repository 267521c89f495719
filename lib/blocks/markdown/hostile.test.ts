import { describe, expect, it } from 'vitest';
import { textToHast } from './hast';
import { hastToHtml } from './to-html';

// A block text is up to 20,000 code points (an owner's, an import's or an accepted suggestion's):
// nesting that deep overflowed the parser's and the tree walks' stacks, so the post page, its feed
// entry and the site feed answered 500 for everybody. Past a sane depth the text shows as typed.
const render = (text: string) => hastToHtml(textToHast(text, { idPrefix: 'b1-en-' }));

describe('pathologically nested block text', () => {
  it('renders 20,000 nested quote markers as text, quickly', () => {
    const started = performance.now();
    expect(render('>'.repeat(20_000))).toContain('&gt;&gt;&gt;');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('renders thousands of nested allowlisted tags without overflowing', () => {
    const out = render('<sup>'.repeat(2_000) + 'x' + '</sup>'.repeat(2_000));
    expect(out).toContain('x');
  });

  it('renders nested quotes and lists mixed on one line as text', () => {
    expect(render('> - '.repeat(3_000) + 'deep')).toContain('deep');
  });

  it('renders emphasis nested a thousand deep as text', () => {
    expect(render('**'.repeat(1_000) + 'a' + '**'.repeat(1_000))).toContain('****');
  });

  it('still nests a few levels as usual', () => {
    expect(render('> > quoted')).toBe(
      '<blockquote>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n</blockquote>',
    );
    expect(render('<sup><sub>a</sub></sup>')).toBe('<p><sup><sub>a</sub></sup></p>');
  });
});
