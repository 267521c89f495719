import { describe, expect, it } from 'vitest';
import { inlineToHtml, parseInline } from './inline';

describe('inline subset', () => {
  it('parses bold, italic, code and links', () => {
    expect(parseInline('a **b** *c* `d` [e](https://x.test/)')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'd' },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://x.test/', children: [{ type: 'text', text: 'e' }] },
    ]);
  });

  it('keeps links with other schemes as plain text', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.test']) {
      expect(parseInline(`[x](${url})`)).toEqual([{ type: 'text', text: `[x](${url})` }]);
    }
    expect(parseInline('[mail](mailto:a@b.test)')[0]).toMatchObject({
      type: 'link',
      href: 'mailto:a@b.test',
    });
  });

  it('never lets markup through in HTML output', () => {
    const html = inlineToHtml(
      parseInline(
        '<script>alert(1)</script> **<img src=x onerror=alert(1)>** [a"b](https://x.test/?q="><svg>)',
      ),
    );
    expect(html).not.toMatch(/<script|<img|<svg/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<strong>&lt;img');
  });
});
