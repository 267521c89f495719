import { escapeHtml } from '@/lib/blocks/inline';
import { parseEmbed } from '@/lib/blocks/embed';
import { avSrc, galleryLines, imageHref, type MediaKind } from '@/lib/blocks/media';
import { absoluteImageSrc } from '@/lib/blocks/stored-src';

type Block = { kind: MediaKind; src?: string | null; href?: string | null };

const figure = (attrs: string, body: string, caption: string) =>
  `<figure${attrs}>${body}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;

/**
 * A media block in a feed: pictures as images, an embed as a link (feed readers run no players),
 * audio and video as elements with a link inside. Bad stored addresses drop the block.
 */
export function mediaHtml(block: Block, caption: string, attrs: string, base: string): string {
  const abs = (src: string | null) => (src === null ? null : new URL(src, base).href);
  const img = (src: string, alt: string) =>
    `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"/>`;
  switch (block.kind) {
    case 'image': {
      const src = absoluteImageSrc(block.src, base);
      if (!src) return '';
      const link = abs(imageHref(block.href));
      const body = link
        ? `<a href="${escapeHtml(link)}">${img(src, caption)}</a>`
        : img(src, caption);
      return figure(attrs, body, caption);
    }
    case 'gallery': {
      const images = galleryLines(block.src ?? '')
        .map((line) => absoluteImageSrc(line, base))
        .filter((src) => src !== null);
      return images.length
        ? figure(attrs, images.map((src) => img(src, '')).join(''), caption)
        : '';
    }
    case 'embed': {
      const embed = block.src ? parseEmbed(block.src) : null;
      if (!embed) return '';
      return `<p${attrs}><a href="${escapeHtml(embed.url)}">${escapeHtml(caption || embed.host)}</a></p>`;
    }
    default: {
      const src = abs(block.src ? avSrc(block.src) : null);
      if (!src) return '';
      const link = `<a href="${escapeHtml(src)}">${escapeHtml(caption || src)}</a>`;
      return figure(
        attrs,
        `<${block.kind} controls src="${escapeHtml(src)}">${link}</${block.kind}>`,
        caption,
      );
    }
  }
}
