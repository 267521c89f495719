import { escapeHtml, inlineToHtml, parseInline } from '@/lib/blocks/inline';
import { isMediaKind } from '@/lib/blocks/media';
import { textFor, type PostBlock } from '@/lib/blocks/types';
import { mediaHtml } from './media-html';

function blockHtml(block: PostBlock, text: string, attrs: string, base: string): string {
  const inline = (s: string) => inlineToHtml(parseInline(s));
  if (isMediaKind(block.kind)) return mediaHtml({ ...block, kind: block.kind }, text, attrs, base);
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
      // The break marks the excerpt only; media may have no caption.
      if (block.kind === 'more' || (!shown.text && !isMediaKind(block.kind))) return '';
      const attrs =
        shown.language === language
          ? ''
          : ` lang="${escapeHtml(shown.language)}" xml:lang="${escapeHtml(shown.language)}"`;
      return blockHtml(block, shown.text, attrs, base);
    })
    .join('\n');
}
