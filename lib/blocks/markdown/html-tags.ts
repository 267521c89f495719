import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';

/** Inline HTML kept as elements (without attributes); any other HTML stays literal text. */
export const ALLOWED_TAGS = ['sub', 'sup', 'ruby', 'rt', 'rp', 'kbd', 'mark'] as const;
const TAG = new RegExp(`^<(/?)(${ALLOWED_TAGS.join('|')})\\s*>$`, 'i');

type Open = { tag: string; index: number };
// Deeper nesting stays text: thousands of `<sup>` overflowed every later tree walk's stack.
const MAX_OPEN = 16;

/** A node the hast step turns into `<tag>` (mdast-util-to-hast honours `data.hName`). */
function element(tag: string, children: RootContent[]): PhrasingContent {
  return { type: 'emphasis', data: { hName: tag, hProperties: {} }, children } as PhrasingContent;
}

/**
 * Pairs allowlisted open and close tags among one parent's children (a stack, so `<ruby>` can hold
 * `<rt>`); an unpaired or other tag becomes text showing what was typed.
 */
function pairTags(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  const stack: Open[] = [];
  for (const node of children) {
    const match = node.type === 'html' ? TAG.exec(node.value.trim()) : null;
    if (match && !match[1] && stack.length < MAX_OPEN) {
      stack.push({ tag: match[2]!.toLowerCase(), index: out.length });
      out.push({ type: 'text', value: (node as { value: string }).value });
      continue;
    }
    const tag = match?.[2]?.toLowerCase();
    const at = tag ? stack.findLastIndex((o) => o.tag === tag) : -1;
    if (tag && at >= 0) {
      const open = stack[at]!;
      stack.length = at;
      out.splice(open.index, out.length - open.index, element(tag, out.slice(open.index + 1)));
      continue;
    }
    out.push(node.type === 'html' ? { type: 'text', value: node.value } : node);
  }
  return out;
}

/** Applies the allowlist through the whole tree; flow HTML (a line of its own) shows as text. */
export function applyHtmlAllowlist(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  for (const child of parent.children) applyHtmlAllowlist(child);
  parent.children = pairTags(parent.children).map((child) =>
    child.type === 'text' && parent.type === 'root'
      ? ({ type: 'paragraph', children: [child] } as RootContent)
      : child,
  );
}
