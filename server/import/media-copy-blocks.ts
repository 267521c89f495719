import type { BlockInput } from '@/lib/blocks/types';
import { galleryLines, mediaSrc } from '@/lib/blocks/media';
import { parseHttpUrl } from '@/lib/validations/url';

/** What a block's file must be: images for image and gallery blocks, else audio or video. */
export type Wanted = 'image' | 'av';

const isRemote = (src: string) => parseHttpUrl(src) !== null;

/** The addresses on other sites a block shows (image, gallery, audio, video), with what each must be. */
export function remoteSources(block: BlockInput): Array<{ url: string; wanted: Wanted }> {
  if (!block.src) return [];
  switch (block.kind) {
    case 'image':
      return isRemote(block.src) ? [{ url: block.src, wanted: 'image' }] : [];
    case 'gallery':
      return galleryLines(block.src)
        .filter(isRemote)
        .map((url) => ({ url, wanted: 'image' as const }));
    case 'audio':
    case 'video':
      return isRemote(block.src) ? [{ url: block.src, wanted: 'av' }] : [];
    default:
      return [];
  }
}

/**
 * The block with every copied address replaced by its file here. A replacement the block's kind
 * would not accept (a file of the wrong sort) leaves that address as it was.
 */
export function rewriteBlock(block: BlockInput, local: Map<string, string>): BlockInput {
  if (!block.src || remoteSources(block).length === 0) return block;
  let changed = false;
  const swap = (src: string) => {
    const replacement = local.get(src);
    if (!replacement || !mediaSrc(block.kind, replacement)) return src;
    changed = true;
    return replacement;
  };
  const src =
    block.kind === 'gallery' ? galleryLines(block.src).map(swap).join('\n') : swap(block.src);
  return changed ? { ...block, src } : block;
}
