import { describe, expect, it, vi } from 'vitest';
import type { PostBlock } from '@/lib/blocks/types';
import { postHtml } from './post-html';
import { feedItems, rssDocument, xml } from './rss';

describe('RSS', () => {
  it('escapes text and drops characters XML cannot hold', () => {
    expect(xml('a < b & "c" \u0001\u0008 \uD800x 𠮷')).toBe('a &lt; b &amp; &quot;c&quot;  x 𠮷');
  });

  it('writes items with dc:creator (never an email author) and marks a fallback title', () => {
    const doc = rssDocument({
      title: 'Blog',
      link: 'https://b.example/ja',
      selfUrl: 'https://b.example/ja/feed.xml',
      description: '',
      language: 'ja',
      items: [
        {
          title: 'Only English',
          titleLanguage: 'en',
          link: 'https://b.example/ja/posts/x',
          guid: 'https://b.example/ja/posts/x',
          pubDate: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
          creator: 'Ann',
          html: '<p>hi</p>',
        },
      ],
    });
    expect(doc).toContain('<title xml:lang="en">Only English</title>');
    expect(doc).toContain('<dc:creator>Ann</dc:creator>');
    expect(doc).toContain('<pubDate>Fri, 02 Jan 2026 03:04:05 GMT</pubDate>');
    expect(doc).toContain('<content:encoded>&lt;p&gt;hi&lt;/p&gt;</content:encoded>');
    expect(doc).toContain('<guid isPermaLink="true">');
    expect(doc).not.toContain('<author>');
  });

  it('renders a post body in one language, marking original-language fallbacks', () => {
    const blocks: PostBlock[] = [
      { id: 1, position: 0, kind: 'heading', texts: { en: 'Title', ja: '題' } },
      { id: 2, position: 1, kind: 'paragraph', texts: { en: 'Only **English** <b>x</b>' } },
      { id: 3, position: 2, kind: 'image', src: '/media/a.png', texts: { en: 'A "cat"' } },
    ];
    expect(postHtml(blocks, 'ja', 'en', 'https://b.example')).toBe(
      [
        '<h2>題</h2>',
        '<div lang="en" xml:lang="en"><p>Only <strong>English</strong> &lt;b&gt;x&lt;/b&gt;</p></div>',
        '<figure lang="en" xml:lang="en"><img src="https://b.example/media/a.png" alt="A &quot;cat&quot;"/><figcaption>A &quot;cat&quot;</figcaption></figure>',
      ].join('\n'),
    );
  });

  it('skips an image whose stored address does not parse, logging it once, and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const blocks: PostBlock[] = [
      {
        id: 1,
        position: 0,
        kind: 'image',
        src: 'https://example.com:99999/x.png',
        texts: { en: 'broken' },
      },
      { id: 2, position: 1, kind: 'image', src: 'javascript:alert(1)', texts: { en: 'script' } },
      { id: 3, position: 2, kind: 'paragraph', texts: { en: 'Still here.' } },
    ];
    expect(postHtml(blocks, 'en', 'en', 'https://b.example')).toBe('\n\n<p>Still here.</p>');
    postHtml(blocks, 'en', 'en', 'https://b.example');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('leaves out an item that cannot be built and keeps the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const built = feedItems(
      [1, 2, 3],
      (n) => `row ${n}`,
      (n) => {
        if (n === 2) throw new RangeError('bad stored value');
        return {
          title: `t${n}`,
          link: 'https://b.example/x',
          guid: 'https://b.example/x',
          pubDate: new Date(0),
          creator: 'Ann',
        };
      },
    );
    expect(built.map((i) => i.title)).toEqual(['t1', 't3']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('row 2'));
    warn.mockRestore();
  });
});
