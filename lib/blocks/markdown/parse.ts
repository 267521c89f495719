import type { Root } from 'mdast';
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

/** Parses block text into mdast with the HTML allowlist and ruby applied. */
export function parseText(text: string, mode: TextMode = 'block'): Root {
  if (isPlainProse(text))
    return {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
    };
  const tree = fromMarkdown(text, mode === 'block' ? blockOptions : inlineOptions);
  applyHtmlAllowlist(tree);
  applyRuby(tree);
  return tree;
}
