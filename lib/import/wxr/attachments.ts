import { decodeText } from '../decode';
import { scanWxr } from './scan';

/** A media item of the export: its file's address and the post it was uploaded to. */
export type WxrAttachment = { url: string; parent: string; title: string };

const field = (xml: string, tag: string): string => {
  const m = new RegExp(`<${tag}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${tag}>`).exec(xml);
  return (m?.[1] ?? decodeText(m?.[2] ?? '')).trim();
};

/**
 * The export's attachments by post id (`<wp:post_type>attachment</wp:post_type>`), for
 * `[gallery ids="…"]`. Read straight from the items' XML: attachments are not imported as posts.
 */
export function wxrAttachments(text: string): Map<string, WxrAttachment> {
  const out = new Map<string, WxrAttachment>();
  for (const { xml } of scanWxr(text).items) {
    if (field(xml, 'wp:post_type') !== 'attachment') continue;
    const id = field(xml, 'wp:post_id');
    const url = field(xml, 'wp:attachment_url') || field(xml, 'guid');
    if (id && url)
      out.set(id, { url, parent: field(xml, 'wp:post_parent'), title: field(xml, 'title') });
  }
  return out;
}

/** The images of a `[gallery]`: its `ids`, else (as WordPress does) the post's own attachments. */
export function galleryUrls(
  attrs: Record<string, string>,
  attachments: Map<string, WxrAttachment>,
  postId: string,
): { urls: string[]; missing: string[] } {
  const ids = (attrs.ids ?? attrs.include ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (!ids.length) {
    const own = [...attachments.values()].filter(
      (a) => a.parent === postId && /\.(?:jpe?g|png|gif|webp|avif)$/i.test(a.url),
    );
    return { urls: own.map((a) => a.url), missing: [] };
  }
  const urls = ids.flatMap((id) => attachments.get(id)?.url ?? []);
  return { urls, missing: ids.filter((id) => !attachments.has(id)) };
}
