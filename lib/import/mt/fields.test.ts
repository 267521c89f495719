import { describe, expect, it } from 'vitest';
import { linkSegments } from '@/lib/comments/links';
import { BODY_MAX, NAME_MAX } from '@/lib/validations/comment';
import { EXCERPT_MAX } from '@/lib/validations/post';
import type { MtComment } from './entry';
import { mtCommentFields, mtExcerptField } from './fields';
import { mtHtmlToText } from './html-plain';

const comment = (over: Partial<MtComment>): MtComment => ({
  author: 'Hanako',
  email: 'hanako@example.com',
  date: new Date(0),
  body: 'hi',
  line: 40,
  status: 'approved',
  ...over,
});
const reasons = (dropped: Array<{ element: string; reason: string; excerpt: string }>) =>
  dropped.map((d) => [d.element, d.reason, d.excerpt]);

describe('mtHtmlToText (comment HTML)', () => {
  it('turns comment HTML into text: breaks, paragraphs, entities, links the autolinker shows', () => {
    const { text, dropped } = mtHtmlToText(
      '<p>Thanks!<br>\nSee <a href="https://e.com/x">this page</a> and <a href="https://e.com/y">https://e.com/y</a>.</p><p>Tom &amp; Jerry&#x2019;s <b>caf&eacute;</b><script>track()</script></p>',
    );
    expect(text).toBe(
      'Thanks!\nSee this page (https://e.com/x) and https://e.com/y.\n\nTom & Jerry’s café',
    );
    expect(text).not.toMatch(/<|>/);
    expect(reasons(dropped)).toEqual([['<script>', 'removed', 'track()']]);
    const links = text
      .split('\n')
      .flatMap(linkSegments)
      .filter((s) => s.kind === 'link');
    expect(links.map((s) => s.text)).toEqual(['https://e.com/x', 'https://e.com/y']);
  });

  it('keeps plain-text comments as written, line breaks included', () => {
    expect(mtHtmlToText('楽しそうですね。\n来年は行ってみます。').text).toBe(
      '楽しそうですね。\n来年は行ってみます。',
    );
    expect(mtHtmlToText('a < b and c > d').text).toBe('a < b and c > d');
  });

  it('keeps the text of a link it cannot keep, an address with no text, and alt text of images; reports what goes', () => {
    const { text, dropped } = mtHtmlToText(
      '<a href="javascript:alert(1)">click</a> <a href="https://e.com/z"></a> <img src="/emoji/warai.gif" alt="(笑)">',
    );
    expect(text).toBe('click https://e.com/z (笑)');
    expect(reasons(dropped)).toEqual([
      ['<a>', 'link', 'javascript:alert(1)'],
      ['<img>', 'image', '/emoji/warai.gif'],
    ]);
  });

  it('an unclosed <script> or comment does not swallow the rest of the comment', () => {
    expect(mtHtmlToText('a<script src="x.js">\nstill here').text).toBe('a\nstill here');
    expect(mtHtmlToText('a<!-- b').text).toBe('a b');
  });
});

describe('mtCommentFields', () => {
  it('cuts a body over the comment limit and reports the cut, on the comment line', () => {
    const long = `${'あ'.repeat(BODY_MAX)}END OF IT`;
    const fields = mtCommentFields(comment({ body: `<p>${long}</p>` }));
    expect([...fields.body]).toHaveLength(BODY_MAX);
    expect(fields.dropped).toEqual([
      { element: 'COMMENT', reason: 'cut', excerpt: 'END OF IT', start: 0, end: 0, line: 40 },
    ]);
  });

  it('cuts a name over the name limit, replaces an invalid email, and reports both', () => {
    const name = `${'n'.repeat(NAME_MAX)}XYZ`;
    const fields = mtCommentFields(comment({ author: name, email: 'not an email' }));
    expect(fields.name).toBe('n'.repeat(NAME_MAX));
    expect(fields.email).toBeNull();
    expect(reasons(fields.dropped)).toEqual([
      ['AUTHOR', 'cut', 'XYZ'],
      ['EMAIL', 'replaced', 'not an email'],
    ]);
  });

  it("runs the name through the comment form's rule: no line breaks or bidi overrides reach feeds", () => {
    const fields = mtCommentFields(comment({ author: 'Eve\u202E\nFake headline' }));
    expect(fields.name).toBe('Eve Fake headline');
    expect(reasons(fields.dropped)).toEqual([['AUTHOR', 'replaced', 'Eve\u202E Fake headline']]);
  });

  it('keeps a valid email (lower-cased); a missing email or name loses nothing and is not reported', () => {
    expect(mtCommentFields(comment({ email: ' Hanako@Example.COM ' }))).toMatchObject({
      email: 'hanako@example.com',
      dropped: [],
    });
    expect(mtCommentFields(comment({ author: '', email: '' }))).toMatchObject({
      name: 'Anonymous',
      email: null,
      dropped: [],
    });
  });

  it('reports dropped comment HTML by the export line it is on', () => {
    const fields = mtCommentFields(comment({ body: 'first\nsecond <script>x</script>', line: 50 }));
    expect(fields.dropped.map((d) => [d.line, d.element])).toEqual([[51, '<script>']]);
  });
});

describe('mtExcerptField', () => {
  it('is plain text, cut to the excerpt limit with a report', () => {
    expect(mtExcerptField('<p>Short &amp; sweet</p>', 3)).toEqual({
      text: 'Short & sweet',
      dropped: [],
    });
    const cut = mtExcerptField(`${'x'.repeat(EXCERPT_MAX)}TAIL`, 3);
    expect(cut.text).toBe('x'.repeat(EXCERPT_MAX));
    expect(reasons(cut.dropped)).toEqual([['EXCERPT', 'cut', 'TAIL']]);
    expect(mtExcerptField('<script>x</script>', 3).text).toBeNull();
  });
});
