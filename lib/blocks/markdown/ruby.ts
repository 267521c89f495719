import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';

/**
 * The Japanese writers' notation: `｜漢字《かんじ》`, or `漢字《かんじ》` after a run of kanji. A
 * backslash before `《` or `｜` keeps it literal (how migrated text stays as it was).
 */
const NOTATION =
  /\\([｜《])|｜([^｜《》\n]+)《([^《》\n]+)》|([\p{Script=Han}々〆ヶ]+)《([^《》\n]+)》/gu;

function ruby(base: string, reading: string): PhrasingContent {
  const el = (tag: string, value: string) =>
    ({
      type: 'emphasis',
      data: { hName: tag },
      children: [{ type: 'text', value }],
    }) as PhrasingContent;
  return {
    type: 'emphasis',
    data: { hName: 'ruby', ruby: reading },
    children: [{ type: 'text', value: base }, el('rp', '('), el('rt', reading), el('rp', ')')],
  } as PhrasingContent;
}

/** One text's nodes: plain runs and ruby elements. */
export function splitRuby(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  const text = (s: string) => {
    const prev = out.at(-1);
    if (prev?.type === 'text') prev.value += s;
    else if (s) out.push({ type: 'text', value: s });
  };
  for (const m of value.matchAll(NOTATION)) {
    text(value.slice(last, m.index));
    if (m[1]) text(m[1]);
    else out.push(ruby(m[2] ?? m[4]!, m[3] ?? m[5]!));
    last = m.index + m[0].length;
  }
  text(value.slice(last));
  return out;
}

/** Rewrites every text node outside code; ruby is never nested, so its own texts are skipped. */
export function applyRuby(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  if ((parent.data as { hName?: string } | undefined)?.hName === 'ruby') return;
  parent.children = parent.children.flatMap((child): RootContent[] => {
    if (child.type === 'text') return splitRuby(child.value);
    applyRuby(child);
    return [child];
  });
}

/** Whether a block text may hold ruby (the reading view then offers to hide furigana). */
const ANY_RUBY = /<ruby|｜[^｜《》\n]+《[^《》\n]+》|[\p{Script=Han}々〆ヶ]《[^《》\n]+》/iu;
export const hasRuby = (text: string | null) => !!text && ANY_RUBY.test(text);
