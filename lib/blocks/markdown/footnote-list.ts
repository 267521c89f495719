import type { ElementContent, Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { footnoteBodies, type PostNote } from './footnotes';
import { cleanHast } from './hast';

export type FootnoteLabels = { footnoteLabel: string; footnoteBackLabel: string };

/**
 * A column's notes as one `<section data-footnotes>`: each note's text from the block that
 * defines it, with a link back to its first reference. Numbers follow `numberFootnotes`.
 */
export function footnoteListHast(
  notes: PostNote[],
  textOf: (block: number) => string,
  prefix: string,
  labels: FootnoteLabels,
): HastRoot {
  const perBlock = new Map<number, ReturnType<typeof footnoteBodies>>();
  const bodiesOf = (block: number) => {
    if (!perBlock.has(block)) perBlock.set(block, footnoteBodies(textOf(block)));
    return perBlock.get(block)!;
  };
  const items = notes.map((note): ElementContent => {
    const body = bodiesOf(note.block).get(note.identifier);
    const hast = body ? toHast(body) : null;
    const content = (hast?.type === 'root' ? hast.children : []) as ElementContent[];
    const back: ElementContent = {
      type: 'element',
      tagName: 'a',
      properties: {
        href: `#${prefix}fnref-${note.n}`,
        dataFootnoteBackref: '',
        ariaLabel: `${labels.footnoteBackLabel} ${note.n}`,
        className: ['data-footnote-backref'],
      },
      children: [{ type: 'text', value: '↩' }],
    };
    // The way back sits at the end of the note's last paragraph, as GitHub and WordPress put it.
    const last = content.findLast((c) => c.type === 'element');
    const tail: ElementContent[] = [{ type: 'text', value: ' ' }, back];
    if (last?.type === 'element' && last.tagName === 'p') last.children.push(...tail);
    else content.push(...tail);
    return {
      type: 'element',
      tagName: 'li',
      properties: { id: `${prefix}fn-${note.n}` },
      children: content,
    };
  });
  const section: ElementContent = {
    type: 'element',
    tagName: 'section',
    properties: { dataFootnotes: true, className: ['footnotes'] },
    children: [
      {
        type: 'element',
        tagName: 'h2',
        properties: { className: ['sr-only'], id: `${prefix}footnote-label` },
        children: [{ type: 'text', value: labels.footnoteLabel }],
      },
      { type: 'element', tagName: 'ol', properties: {}, children: items },
    ],
  };
  return cleanHast({ type: 'root', children: [section] }, prefix);
}
