import type { Nodes } from 'mdast';
import { parseText, type TextMode } from './parse';

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'listItem',
  'code',
  'tableRow',
  'footnoteDefinition',
  'thematicBreak',
]);

function collect(node: Nodes, out: string[]): void {
  const hName = (node.data as { hName?: string } | undefined)?.hName;
  if (hName === 'rt' || hName === 'rp') return; // a ruby's reading is not its words
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
    out.push(node.value);
  else if (node.type === 'break') out.push('\n');
  else if (node.type === 'tableCell') out.push(' ');
  if ('children' in node) for (const child of node.children) collect(child, out);
  if (BLOCK_TYPES.has(node.type)) out.push('\n');
}

/**
 * The words of a block text without its markup (search, snippets, the aligner, OG text, the
 * migration's check): blocks end with a newline, ruby keeps its base text.
 */
export function plainText(text: string, mode: TextMode = 'block'): string {
  const out: string[] = [];
  collect(parseText(text, mode), out);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .trim();
}

/** What the search index holds for a block text: its words on one line, no markup. */
export function searchText(text: string): string {
  return plainText(text).replace(/\s+/g, ' ');
}
