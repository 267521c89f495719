import { safeHref } from '@/lib/blocks/inline';
import { imageSrc as validImageSrc } from '@/lib/validations/url';

/** Old blogs link protocol-relative ("//host/x"); served over https today. */
const absolute = (raw: string) => {
  const url = raw.trim();
  return url.startsWith('//') ? `https:${url}` : url;
};

/**
 * An address that can sit in `[text](url)`: what inline links allow (http, https, mailto),
 * normalized, with parentheses escaped so they cannot end the link early. Null otherwise
 * (javascript:, data:, relative addresses…).
 */
export function linkHref(raw: string): string | null {
  const href = safeHref(absolute(raw));
  return href ? href.replace(/\(/g, '%28').replace(/\)/g, '%29') : null;
}

/** An image address posts accept (absolute http(s), normalized), or null. */
export function imageSrc(raw: string): string | null {
  return validImageSrc(absolute(raw));
}

/**
 * `[text](href)`, whitespace around the text kept outside. Brackets in the text would break the
 * link: then the text is followed by its address as an autolink, `(<href>)` (a bare address would
 * run on into the text after it).
 */
export function linkMarkup(label: string, href: string): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text) return label;
  const lead = /^\s*/.exec(label)?.[0] ?? '';
  const trail = /\s*$/.exec(label)?.[0] ?? '';
  return /[[\]]/.test(text)
    ? `${lead}${text} (<${href.replace(/[<> ]/g, encodeURIComponent)}>)${trail}`
    : `${lead}[${text}](${href})${trail}`;
}

/**
 * Hatena Diary's automatic keyword links (d.hatena.ne.jp/keyword/…): the blog service added them,
 * not the author, so they become plain text and are not listed as lost links.
 */
export const isHatenaKeyword = (raw: string) =>
  /^(?:https?:)?\/\/d\.hatena\.ne\.jp\/keyword\//i.test(raw.trim());
