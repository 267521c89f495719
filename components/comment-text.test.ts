import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuthorName, CommentText } from './comment-text';

const html = (body: string) => renderToStaticMarkup(createElement(CommentText, { body }));

describe('comment rendering', () => {
  it('paragraphs and line breaks as elements', () => {
    expect(html('one\ntwo\n\nthree')).toBe('<p>one<br/>two</p><p>three</p>');
  });

  it('links http(s) URLs with nofollow ugc noopener and nothing else', () => {
    expect(html('see https://example.com/a?b=1&c=2.')).toBe(
      '<p>see <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc noopener" dir="ltr">https://example.com/a?b=1&amp;c=2</a>.</p>',
    );
    expect(html('javascript:alert(1)')).toBe('<p>javascript:alert(1)</p>');
  });

  it('markup in the text stays text', () => {
    const out = html('<script>alert(1)</script><img src=x onerror=alert(1)>"\'');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;');
  });

  it('names are isolated in <bdi>', () => {
    expect(renderToStaticMarkup(createElement(AuthorName, { name: '\u202Eevil' }))).toBe(
      '<bdi class="comment-author-name">\u202Eevil</bdi>',
    );
  });
});
