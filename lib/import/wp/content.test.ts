import { describe, expect, it } from 'vitest';
import { wxrAttachments } from '../wxr/attachments';
import { itemBlocks } from '../wxr/pairs';
import { parseWxr } from '../wxr/parse';
import { wxrDocument, wxrItem } from '../wxr/test-doc';

const attachment = (id: number, url: string, parent = 1) =>
  wxrItem({
    id,
    title: `file ${id}`,
    type: 'attachment',
    status: 'inherit',
    extra: `\n\t\t<wp:post_parent>${parent}</wp:post_parent>\n\t\t<wp:attachment_url><![CDATA[${url}]]></wp:attachment_url>`,
  });

/** The post's blocks and dropped pieces, with the export's attachments 11–13 (11 and 12 on post 1). */
function convert(content: string, meta: Record<string, string> = {}) {
  const doc = wxrDocument([
    wxrItem({ id: 1, title: 't', content, meta }),
    attachment(11, 'https://old.example/a.jpg'),
    attachment(12, 'https://old.example/b.png'),
    attachment(13, 'https://old.example/c.gif', 9),
  ]);
  const [item] = parseWxr(doc, { timeZone: 'UTC' }).items;
  const out = itemBlocks(item!, 'en', wxrAttachments(doc));
  return {
    blocks: out.blocks.map((b) => ({ kind: b.kind, src: b.src, href: b.href, text: b.texts.en })),
    dropped: out.dropped.map((d) => [d.element, d.reason, d.excerpt]),
  };
}

describe('WordPress shortcodes', () => {
  it('[caption] is a captioned image (linked when the image is); a different alt text is listed', () => {
    const out = convert(
      '[caption id="attachment_11" align="alignnone" width="300"]<a href="https://old.example/a-big.jpg"><img src="https://old.example/a.jpg" alt="a field" /></a> Rice <b>fields</b> in June[/caption]\n\nAfter.',
    );
    expect(out.blocks).toEqual([
      {
        kind: 'image',
        src: 'https://old.example/a.jpg',
        href: 'https://old.example/a-big.jpg',
        text: 'Rice fields in June',
      },
      { kind: 'paragraph', src: undefined, href: undefined, text: 'After.' },
    ]);
    expect(out.dropped).toEqual([['<img alt>', 'notImported', 'a field']]);
  });

  it('[gallery ids] takes its images from the export’s attachments; without ids, the post’s own', () => {
    expect(convert('[gallery ids="12,11,99"]')).toEqual({
      blocks: [
        {
          kind: 'gallery',
          src: 'https://old.example/b.png\nhttps://old.example/a.jpg',
          href: undefined,
          text: null,
        },
      ],
      dropped: [['[gallery]', 'notImported', 'not in the export: 99: [gallery ids="12,11,99"]']],
    });
    expect(convert('[gallery columns="2"]').blocks[0]?.src).toBe(
      'https://old.example/a.jpg\nhttps://old.example/b.png',
    );
  });

  it('[audio], [video] and [embed] become media blocks; unknown shortcodes are listed, never text', () => {
    const out = convert(
      'Listen: [audio mp3="https://old.example/s.mp3"][/audio] [audio https://old.example/t.ogg]\n\n[video width="640" mp4="https://old.example/v.mp4"]\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n[contact-form to="me@example.com"] [sic] [1] and [[gallery]].',
    );
    expect(out.blocks.map((b) => [b.kind, b.src ?? b.text])).toEqual([
      ['paragraph', 'Listen:'],
      ['audio', 'https://old.example/s.mp3'],
      ['audio', 'https://old.example/t.ogg'],
      ['video', 'https://old.example/v.mp4'],
      ['embed', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['paragraph', '\\[sic\\] \\[1\\] and \\[gallery\\].'],
    ]);
    expect(out.dropped).toEqual([
      ['[contact-form]', 'notImported', '[contact-form to="me@example.com"]'],
    ]);
  });
});

describe('Gutenberg blocks', () => {
  it('wp:embed, wp:gallery, wp:image, wp:audio and wp:video become their blocks with captions', () => {
    const out = convert(
      [
        '<!-- wp:embed {"url":"https://vimeo.com/22439234","type":"video"} -->',
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/22439234\n</div><figcaption>A film</figcaption></figure>',
        '<!-- /wp:embed -->',
        '<!-- wp:gallery {"linkTo":"none"} --><figure class="wp-block-gallery">',
        '<!-- wp:image {"id":11} --><figure class="wp-block-image"><img src="https://old.example/a.jpg" alt=""/><figcaption>One</figcaption></figure><!-- /wp:image -->',
        '<!-- wp:image {"id":12} --><figure class="wp-block-image"><img src="https://old.example/b.png" alt=""/></figure><!-- /wp:image -->',
        '<figcaption class="blocks-gallery-caption">Both</figcaption></figure><!-- /wp:gallery -->',
        '<!-- wp:image --><figure class="wp-block-image"><img src="https://old.example/c.gif" alt="alt"/><figcaption>Cap <em>tion</em></figcaption></figure><!-- /wp:image -->',
        '<!-- wp:audio {"id":5} --><figure class="wp-block-audio"><audio controls src="https://old.example/s.ogg"></audio><figcaption>Song</figcaption></figure><!-- /wp:audio -->',
        '<!-- wp:video --><figure class="wp-block-video"><video controls src="https://old.example/v.webm"></video></figure><!-- /wp:video -->',
        '<!-- wp:separator --><hr class="wp-block-separator"/><!-- /wp:separator -->',
        '<!-- wp:pullquote --><figure class="wp-block-pullquote"><blockquote><p>Said</p><cite>Who</cite></blockquote></figure><!-- /wp:pullquote -->',
        '<!-- wp:more --><!--more--><!-- /wp:more -->',
      ].join('\n'),
    );
    expect(out.blocks.map((b) => [b.kind, b.src, b.text])).toEqual([
      ['embed', 'https://vimeo.com/22439234', 'A film'],
      ['gallery', 'https://old.example/a.jpg\nhttps://old.example/b.png', 'One\nBoth'],
      ['image', 'https://old.example/c.gif', 'Cap tion'],
      ['audio', 'https://old.example/s.ogg', 'Song'],
      ['video', 'https://old.example/v.webm', null],
      ['quote', undefined, 'Said\n\nWho'],
      ['more', undefined, undefined],
    ]);
    expect(out.dropped).toEqual([['<img alt>', 'notImported', 'alt']]);
  });

  it('footnotes: references become [^n] with their definitions in the same block, converted', () => {
    const notes = JSON.stringify([
      { id: 'n-b', content: 'Second <em>note</em>' },
      { id: 'n-a', content: 'First, see <a href="https://e.com/">this</a>' },
      { id: 'n-unused', content: 'Never referred to' },
    ]);
    const ref = (id: string, n: number) =>
      `<sup data-fn="${id}" class="fn"><a href="#${id}" id="${id}-link">${n}</a></sup>`;
    const out = convert(
      `<!-- wp:paragraph --><p>Tea${ref('n-a', 1)} and rice${ref('n-b', 2)}.</p><!-- /wp:paragraph -->\n<!-- wp:footnotes /-->`,
      { footnotes: notes },
    );
    expect(out.blocks.map((b) => b.text)).toEqual([
      'Tea[^1] and rice[^2].\n\n[^1]: First, see [this](https://e.com/)\n\n[^2]: Second *note*',
      'Never referred to',
    ]);
  });
});
