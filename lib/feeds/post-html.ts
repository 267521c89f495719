import { escapeHtml } from '@/lib/blocks/inline';
import { inlineChildren, textToHast } from '@/lib/blocks/markdown/hast';
import { hastToHtml } from '@/lib/blocks/markdown/to-html';
import { isMediaKind } from '@/lib/blocks/media';
import { textFor, type PostBlock } from '@/lib/blocks/types';
import { mediaHtml } from './media-html';

function blockHtml(block: PostBlock, text: string, attrs: string, base: string): string {
  const inline = (s: string) =>
    hastToHtml({ type: 'root', children: inlineChildren(textToHast(s, { mode: 'inline' })) });
  const rich = (s: string) => hastToHtml(textToHast(s, { idPrefix: `b${block.id}-` }));
  if (isMediaKind(block.kind)) return mediaHtml({ ...block, kind: block.kind }, text, attrs, base);
  switch (block.kind) {
    case 'heading':
      return `<h2${attrs}>${inline(text)}</h2>`;
    case 'subheading':
      return `<h3${attrs}>${inline(text)}</h3>`;
    case 'quote':
      return `<blockquote${attrs}>${rich(text)}</blockquote>`;
    case 'list':
      return `<ul${attrs}>${text
        .split('\n')
        .filter(Boolean)
        .map((item) => `<li>${inline(item)}</li>`)
        .join('')}</ul>`;
    case 'code':
      return `<pre${attrs}><code>${escapeHtml(text)}</code></pre>`;
    default:
      return attrs ? `<div${attrs}>${rich(text)}</div>` : rich(text);
  }
}

/**
 * A post's body as HTML for a feed, in `language`; a block shown in the original because it has no
 * translation carries `lang`/`xml:lang` so readers and feed clients know it is another language.
 * Block text is rendered from Markdown through the sanitized tree with every text escaped: no
 * author HTML beyond the allowlist passes through.
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
