import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeText } from '../decode';
import { parseWpDate } from './date';
import { decodeSlug, type WxrTermRef } from './terms';
import type { WxrFragment } from './scan';

export type WxrComment = {
  id: string;
  parent: string | null;
  author: string;
  email: string;
  url: string;
  date: Date | null;
  content: string;
  /** WordPress's comment_approved: "1", "0", "spam", "trash". */
  approved: string;
  type: string;
};

export type WxrItem = {
  index: number;
  line: number;
  /** Line the content:encoded text starts on, for the report's dropped list. */
  contentLine: number;
  id: string;
  guid: string;
  type: string;
  status: string;
  title: string;
  slug: string;
  content: string;
  excerpt: string;
  date: Date | null;
  /** True when the date had no GMT form (drafts) and was read in the blog's time zone. */
  dateInBlogZone: boolean;
  commentsOpen: boolean;
  /** `wp:post_password`: the reader password of a password-protected post ('' for none). */
  password: string;
  /** The item's permalink on the old blog (`<link>`), kept as a redirect. */
  link: string;
  /** `dc:creator`: the author's login (display names are in the channel's `wp:author`). */
  creator: string;
  /** Every category and tag the item carries: the file's slug (nicename) and decoded name. */
  categories: WxrTermRef[];
  tags: WxrTermRef[];
  /** Polylang's language term, or WPML's language postmeta. */
  language: string | null;
  /** The translation group shared by the items that translate each other. */
  group: string | null;
  comments: WxrComment[];
  /** Meta fields and taxonomies with text Taiyaku has no place for. */
  other: Array<{ element: string; value: string }>;
  /** Gutenberg's `footnotes` postmeta: JSON `[{ id, content }]` ('' for none). */
  footnotes: string;
};

export class WxrItemError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['category', 'wp:comment', 'wp:postmeta', 'wp:commentmeta'].includes(name),
});

type Node = Record<string, unknown>;
const text = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return text((v as Node)['#text']);
  return String(v);
};
const str = (node: Node, key: string) => text(node[key]).trim();
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);

// WPML's common exports: its own postmeta (WPML Export and Import) or the older wpml_* fields.
const WPML_LANGUAGE = ['_wpml_import_language_code', 'wpml_language', '_wpml_language'];
const WPML_GROUP = ['_wpml_import_translation_group', '_wpml_translation_group', 'wpml_trid'];

function dateOf(node: Node, timeZone: string): Date | null {
  return (
    parseWpDate(str(node, 'wp:post_date_gmt'), 'UTC') ??
    parseWpDate(str(node, 'wp:post_date'), timeZone)
  );
}

function comment(node: Node, timeZone: string): WxrComment {
  const parent = str(node, 'wp:comment_parent');
  return {
    id: str(node, 'wp:comment_id'),
    parent: parent && parent !== '0' ? parent : null,
    author: str(node, 'wp:comment_author'),
    email: str(node, 'wp:comment_author_email'),
    url: str(node, 'wp:comment_author_url'),
    date:
      parseWpDate(str(node, 'wp:comment_date_gmt'), 'UTC') ??
      parseWpDate(str(node, 'wp:comment_date'), timeZone),
    content: text(node['wp:comment_content']).trim(),
    approved: str(node, 'wp:comment_approved') || '1',
    type: str(node, 'wp:comment_type'),
  };
}

function terms(node: Node, item: WxrItem) {
  const meta = new Map(
    list(node['wp:postmeta']).map((m) => [str(m, 'wp:meta_key'), str(m, 'wp:meta_value')]),
  );
  for (const c of list(node.category)) {
    const domain = text(c['@_domain']);
    const nicename = text(c['@_nicename']);
    const name = decodeText(text(c).trim());
    const ref = { slug: decodeSlug(nicename) || name, name: name || decodeSlug(nicename) };
    if (domain === 'category' && ref.slug) item.categories.push(ref);
    else if (domain === 'post_tag' && ref.slug) item.tags.push(ref);
    else if (domain === 'language') item.language = nicename || name;
    else if (domain === 'post_translations') item.group = `pll:${nicename || name}`;
    else if (name) item.other.push({ element: domain || 'category', value: name });
  }
  const wpmlLanguage = WPML_LANGUAGE.map((k) => meta.get(k)).find(Boolean);
  const wpmlGroup = WPML_GROUP.map((k) => meta.get(k)).find(Boolean);
  item.language ??= wpmlLanguage ?? null;
  if (!item.group && wpmlGroup) item.group = `wpml:${wpmlGroup}`;
}

function metaValue(node: Node, key: string): string {
  const found = list(node['wp:postmeta']).find((m) => str(m, 'wp:meta_key') === key);
  return found ? str(found, 'wp:meta_value') : '';
}

/** Lines into the fragment where `tag`'s text starts (0 when absent). */
function linesBefore(xml: string, tag: string): number {
  const at = xml.indexOf(tag);
  if (at < 0) return 0;
  const cdata = xml.indexOf('<![CDATA[', at);
  const start =
    cdata >= 0 && cdata < xml.indexOf('</', at + tag.length) ? cdata + 9 : at + tag.length;
  return xml.slice(0, start).split('\n').length - 1;
}

// Valid XML the parser still refuses (nesting past its depth limit) is one broken item, not a crash.
function parseNode(fragment: WxrFragment): Node {
  try {
    return (parser.parse(fragment.xml) as { item?: Node }).item ?? {};
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new WxrItemError(`line ${fragment.line}: unreadable XML (${why})`);
  }
}

/** One `<item>`; throws WxrItemError (with the document line) when its XML is malformed. */
export function parseWxrItem(fragment: WxrFragment, timeZone: string): WxrItem {
  const valid = XMLValidator.validate(fragment.xml);
  if (valid !== true)
    throw new WxrItemError(
      `line ${fragment.line + valid.err.line - 1}: malformed XML (${valid.err.msg})`,
    );
  const node = parseNode(fragment);
  const item: WxrItem = {
    index: fragment.index,
    line: fragment.line,
    contentLine: fragment.line + linesBefore(fragment.xml, '<content:encoded>'),
    id: str(node, 'wp:post_id'),
    guid: str(node, 'guid'),
    type: str(node, 'wp:post_type') || 'post',
    status: str(node, 'wp:status') || 'draft',
    title: decodeText(str(node, 'title')),
    slug: decodeURIComponentSafe(str(node, 'wp:post_name')),
    content: text(node['content:encoded']).trim(),
    excerpt: text(node['excerpt:encoded']).trim(),
    date: dateOf(node, timeZone),
    dateInBlogZone: !parseWpDate(str(node, 'wp:post_date_gmt'), 'UTC') && !!dateOf(node, timeZone),
    commentsOpen: str(node, 'wp:comment_status') !== 'closed',
    password: text(node['wp:post_password']),
    link: str(node, 'link'),
    creator: str(node, 'dc:creator'),
    categories: [],
    tags: [],
    language: null,
    group: null,
    comments: list(node['wp:comment']).map((c) => comment(c, timeZone)),
    other: [],
    footnotes: metaValue(node, 'footnotes'),
  };
  terms(node, item);
  return item;
}

/** WordPress stores non-ASCII slugs percent-encoded. */
function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
