import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { applyHtmlAllowlist } from './html-tags';
import { applyRuby } from './ruby';

/**
 * `block`: CommonMark + GFM (paragraphs, lists, tables, footnotes…); `inline`: one line of inline
 * text (headings, list-block items), so `1. Intro` as a heading stays a heading's words.
 */
export type TextMode = 'block' | 'inline';

const FLOW_CONSTRUCTS = [
  'blockQuote',
  'codeFenced',
  'codeIndented',
  'definition',
  'headingAtx',
  'htmlFlow',
  'list',
  'setextUnderline',
  'thematicBreak',
];

const blockOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const inlineOptions = {
  extensions: [gfm(), { disable: { null: FLOW_CONSTRUCTS } }],
  mdastExtensions: [gfmFromMarkdown()],
};

// Text that no Markdown construct can touch: one line, no markup or autolink character, no
// leading/trailing space, no block marker at its start. Most block texts are such plain prose, and
// the parser is ~10× the cost of the old renderer, so these skip it (property-tested: same tree).
const MARKUP = /[\u0000-\u001f\\`*_[\]<>!|~&:@《》｜]|www\.|^\s|\s$/i;
const BLOCK_START = /^(?:[#>+=-]|\d+[.)])/;

export function isPlainProse(text: string): boolean {
  return text !== '' && !MARKUP.test(text) && !BLOCK_START.test(text);
}

/** How deep quotes and lists may nest; past it the parser and every tree walk run out of stack. */
const MAX_NESTING = 32;
// A line's leading quote and list markers: each opens one more container.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/gm;
const MARKER = /[>+*-]|\d{1,9}[.)]/g;

/** Whether some line opens more containers than MAX_NESTING (such text shows as typed). */
function nestsTooDeep(text: string): boolean {
  for (const [prefix] of text.matchAll(CONTAINER_PREFIX))
    if (prefix.length > MAX_NESTING && (prefix.match(MARKER)?.length ?? 0) > MAX_NESTING)
      return true;
  return false;
}

/** How deep a parsed tree may be (emphasis nests too: `**` × 5,000 overflowed after parsing). */
const MAX_TREE_DEPTH = 100;

function treeDepth(root: Root): number {
  let deepest = 0;
  const stack: [Nodes, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

const literal = (text: string): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
});

/** Parses block text into mdast with the HTML allowlist and ruby applied. */
export function parseText(text: string, mode: TextMode = 'block'): Root {
  if (isPlainProse(text) || nestsTooDeep(text)) return literal(text);
  const tree = fromMarkdown(text, mode === 'block' ? blockOptions : inlineOptions);
  if (treeDepth(tree) > MAX_TREE_DEPTH) return literal(text);
  applyHtmlAllowlist(tree);
  // Paired tags nest too: checked again before the walks that follow.
  if (treeDepth(tree) > MAX_TREE_DEPTH) return literal(text);
  applyRuby(tree);
  return tree;
}
