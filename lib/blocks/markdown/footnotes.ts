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

/** A label's number, never something inherited from Object.prototype. */
const numberOf = (numbers: Record<string, number>, identifier: string) =>
  Object.hasOwn(numbers, identifier) ? numbers[identifier] : undefined;

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
    // No prototype: a note labelled `constructor` or `__proto__` is a note like any other.
    const numbers = Object.create(null) as Record<string, number>;
    const before = notes.length;
    walk(parseText(text), (node) => {
      if (node.type !== 'footnoteReference' || numberOf(numbers, node.identifier)) return;
      numbers[node.identifier] = notes.length + 1;
      notes.push({ n: notes.length + 1, block, identifier: node.identifier });
    });
    return notes.length > before ? { prefix, numbers } : undefined;
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
        const n = numberOf(own.numbers, child.identifier);
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

/**
 * Every note definition in a block's text, as mdast content by identifier (the first of a label
 * wins). One parse per block: a block with thousands of notes is not parsed once per note.
 */
export function footnoteBodies(text: string): Map<string, Root> {
  const found = new Map<string, Root>();
  walk(parseText(text), (node) => {
    if (node.type === 'footnoteDefinition' && !found.has(node.identifier))
      found.set(node.identifier, { type: 'root', children: node.children });
  });
  return found;
}
