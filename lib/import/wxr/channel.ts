import { decodeText } from '../decode';

/** What the export says about the whole blog: where it came from and its language. */
export type WxrChannel = { site: string; language: string | null };

function tag(head: string, name: string): string {
  const found = new RegExp(`<${name}>\\s*(?:<!\\[CDATA\\[)?([^<\\]]*)`).exec(head);
  return decodeText(found?.[1] ?? '').trim();
}

/**
 * Reads the channel's `<wp:base_blog_url>` (else `<link>`) and `<language>` from the text before
 * the first item. The site is part of every item's identity: two blogs' ids and GUIDs can repeat.
 */
export function readChannel(head: string): WxrChannel {
  const site = (tag(head, 'wp:base_blog_url') || tag(head, 'link')).replace(/\/+$/, '');
  return { site: site.toLowerCase(), language: tag(head, 'language') || null };
}
