import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { parseText } from './parse';

/**
 * Footnotes numbered per post: a reader sees 1, 2, 3 down a language column, whichever block
 * each note was written in, and one list of notes at the column's end. A note's definition stays
 * in the block that references it (that is where the writer and the importers put it).
 */

/** One block's share of a column's notes: its labels' numbers on the page. */
export type BlockNotes = { prefix: string; numbers: Record<string, number> };
/** A note in the column's list: its number and where its definition is written. */
export type PostNote = { n: number; block: number; identifier: string };
export type ColumnNotes = { perBlock: (BlockNotes | undefined)[]; notes: PostNote[] };

const mayHoldNotes = (text: string | null): text is string => !!text && text.includes('[^');

function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Numbers every referenced, defined note of a column in reading order (`texts`: per block). */
export function numberFootnotes(texts: (string | null)[], prefix: string): ColumnNotes {
  const notes: PostNote[] = [];
  const perBlock = texts.map((text, block): BlockNotes | undefined => {
    if (!mayHoldNotes(text)) return undefined;
    const numbers: Record<string, number> = {};
    walk(parseText(text), (node) => {
      if (node.type !== 'footnoteReference' || numbers[node.identifier]) return;
      numbers[node.identifier] = notes.length + 1;
      notes.push({ n: notes.length + 1, block, identifier: node.identifier });
    });
    return notes.some((n) => n.block === block) ? { prefix, numbers } : undefined;
  });
  return { perBlock, notes };
}

/**
 * Rewrites a block's tree for the post-wide list: each reference becomes a superscript link to
 * its note (ids carry the column's prefix), and definitions leave the block.
 */
export function linkFootnotes(root: Root, own: BlockNotes): void {
  const seen: Record<string, number> = {};
  const rewrite = (parent: Parent) => {
    parent.children = parent.children.flatMap((child): RootContent[] => {
      if (child.type === 'footnoteDefinition') return [];
      if (child.type === 'footnoteReference') {
        const n = own.numbers[child.identifier];
        if (!n) return [{ type: 'text', value: `[^${child.label ?? child.identifier}]` }];
        seen[n] = (seen[n] ?? 0) + 1;
        return [reference(own.prefix, n, seen[n]!)];
      }
      if ('children' in child) rewrite(child);
      return [child];
    }) as Parent['children'];
  };
  rewrite(root);
}

function reference(prefix: string, n: number, k: number): PhrasingContent {
  const link = {
    type: 'link',
    url: `#${prefix}fn-${n}`,
    children: [{ type: 'text', value: String(n) }],
    data: {
      hProperties: {
        id: `${prefix}fnref-${n}${k > 1 ? `-${k}` : ''}`,
        dataFootnoteRef: true,
        ariaDescribedBy: [`${prefix}footnote-label`],
      },
    },
  } as PhrasingContent;
  return { type: 'emphasis', data: { hName: 'sup', hProperties: {} }, children: [link] };
}

/** The definition of note `identifier` in a block's text, as mdast content (null if gone). */
export function footnoteBody(text: string, identifier: string): Root | null {
  let found: Root | null = null;
  walk(parseText(text), (node) => {
    if (!found && node.type === 'footnoteDefinition' && node.identifier === identifier)
      found = { type: 'root', children: node.children };
  });
  return found;
}
