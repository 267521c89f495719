import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHast } from 'mdast-util-to-hast';
import { safeHref } from '../inline';
import { linkFootnotes, type BlockNotes } from './footnotes';
import { parseText, type TextMode } from './parse';

export type RenderOptions = {
  mode?: TextMode;
  /** Unique per block and language on a page: footnote ids and links never collide. */
  idPrefix?: string;
  /** The footnote section's hidden heading and back-link label, in the reader's language. */
  footnoteLabel?: string;
  footnoteBackLabel?: string;
  /** Set when the post lists its notes once per column: references link there, numbered per post. */
  postNotes?: BlockNotes;
};

// GitHub's schema plus <mark>; ids come only from footnotes, already prefixed per block.
const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  clobber: [],
  clobberPrefix: '',
};

/** Links keep the old scheme rule (absolute http, https, mailto) plus in-page footnote links. */
function allowedHref(href: unknown): boolean {
  return typeof href === 'string' && (href.startsWith('#') || safeHref(href) !== null);
}

const LABEL_ID = 'footnote-label';

/**
 * Drops what block text may not hold: images (image blocks exist) and links elsewhere; gives the
 * footnote label the block's prefix (mdast-util-to-hast leaves it bare, expecting a sanitizer to).
 */
function restrict(nodes: RootContent[], prefix: string): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== 'element') return [node];
    if (node.tagName === 'img') return [{ type: 'text', value: String(node.properties.alt ?? '') }];
    const props = node.properties;
    if (props.id === LABEL_ID) props.id = prefix + LABEL_ID;
    // Only the bare label: a post-wide reference already names its column's list label.
    const described = props.ariaDescribedBy;
    if (Array.isArray(described) && described.join(' ') === LABEL_ID)
      props.ariaDescribedBy = [prefix + LABEL_ID];
    node.children = restrict(node.children, prefix) as ElementContent[];
    if (node.tagName === 'a' && !allowedHref(node.properties.href)) return node.children;
    return [node];
  });
}

/** Block text → a sanitized hast tree, ready for React (or HTML in feeds). */
export function textToHast(text: string, options: RenderOptions = {}): HastRoot {
  const prefix = options.idPrefix ?? 'fn-';
  const tree = parseText(text, options.mode);
  if (options.postNotes) linkFootnotes(tree, options.postNotes);
  const hast = toHast(tree, {
    clobberPrefix: prefix,
    footnoteLabel: options.footnoteLabel,
    footnoteBackLabel: options.footnoteBackLabel,
  });
  const clean = sanitize(hast, schema) as HastRoot;
  clean.children = restrict(clean.children, prefix);
  return clean;
}

/** Sanitizes a tree built outside the parser (the post's footnote list) like block text. */
export function cleanHast(tree: HastRoot, prefix: string): HastRoot {
  const clean = sanitize(tree, schema) as HastRoot;
  clean.children = restrict(clean.children, prefix);
  return clean;
}

/** In inline mode the single paragraph's contents, so a heading holds phrasing only. */
export function inlineChildren(root: HastRoot): RootContent[] {
  return root.children.flatMap((node, i): RootContent[] => {
    if (node.type === 'element' && node.tagName === 'p')
      return i > 0 ? [{ type: 'text', value: ' ' }, ...node.children] : node.children;
    return node.type === 'text' && !node.value.trim() ? [] : [node];
  });
}
