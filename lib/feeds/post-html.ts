import { escapeHtml, inlineToHtml, parseInline } from '@/lib/blocks/inline';
import { absoluteImageSrc } from '@/lib/blocks/stored-src';
import { textFor, type PostBlock } from '@/lib/blocks/types';

function blockHtml(block: PostBlock, text: string, attrs: string, base: string): string {
  const inline = (s: string) => inlineToHtml(parseInline(s));
  switch (block.kind) {
    case 'heading':
      return `<h2${attrs}>${inline(text)}</h2>`;
    case 'subheading':
      return `<h3${attrs}>${inline(text)}</h3>`;
    case 'quote':
      return `<blockquote${attrs}><p>${inline(text)}</p></blockquote>`;
    case 'list':
      return `<ul${attrs}>${text
        .split('\n')
        .filter(Boolean)
        .map((item) => `<li>${inline(item)}</li>`)
        .join('')}</ul>`;
    case 'code':
      return `<pre${attrs}><code>${escapeHtml(text)}</code></pre>`;
    case 'image': {
      // A bad stored address drops the image, never the feed.
      const src = absoluteImageSrc(block.src, base);
      return src ? `<p${attrs}><img src="${escapeHtml(src)}" alt="${escapeHtml(text)}"/></p>` : '';
    }
    default:
      return `<p${attrs}>${inline(text)}</p>`;
  }
}

/**
 * A post's body as HTML for a feed, in `language`; a block shown in the original because it has no
 * translation carries `lang`/`xml:lang` so readers and feed clients know it is another language.
 * Every text goes through the escaping inline renderer: no author markup passes through.
 */
export function postHtml(
  blocks: PostBlock[],
  language: string,
  original: string,
  base: string,
): string {
  return blocks
    .map((block) => {
      const shown = textFor(block, language, original);
      if (!shown.text) return '';
      const attrs =
        shown.language === language
          ? ''
          : ` lang="${escapeHtml(shown.language)}" xml:lang="${escapeHtml(shown.language)}"`;
      return blockHtml(block, shown.text, attrs, base);
    })
    .join('\n');
}
