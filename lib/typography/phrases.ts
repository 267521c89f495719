import { jaModel, Parser } from 'budoux';
import type { ElementContent, Root as HastRoot, RootContent } from 'hast';

// Kana and CJK ideographs (with the iteration mark and the prolonged sound mark): text without
// any has no Japanese phrases to keep together.
const JAPANESE = /[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

let parser: Parser | undefined;

/** Whether `lang` is Japanese (ja, ja-JP, …). */
const isJapanese = (lang: string | null | undefined) => !!lang && /^ja(?:-|$)/i.test(lang);

/**
 * A Japanese headline split into BudouX's phrases (文節), to be kept whole on a line: a break may
 * fall only between two. Text in another language, or without kana or kanji, is one piece.
 */
export function phrases(text: string, lang: string | null | undefined): string[] {
  if (!isJapanese(lang) || !JAPANESE.test(text)) return [text];
  parser ??= new Parser(jaModel);
  const chunks = parser.parse(text);
  // BudouX counts UTF-16 units: never leave half of a surrogate pair (𠮷) on either side.
  const out: string[] = [];
  for (const chunk of chunks) {
    const last = out.length - 1;
    if (last >= 0 && /[\ud800-\udbff]$/.test(out[last]!)) out[last] += chunk;
    else out.push(chunk);
  }
  return out.filter((c) => c !== '');
}

// Elements whose text is not running prose: their inside never gets a break.
const ATOMIC = new Set(['code', 'kbd', 'ruby', 'rt', 'rp', 'sup', 'sub']);

const wbr = (): ElementContent => ({
  type: 'element',
  tagName: 'wbr',
  properties: {},
  children: [],
});

function breakNodes(nodes: RootContent[], lang: string): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'element' && !ATOMIC.has(node.tagName)) {
      node.children = breakNodes(node.children, lang) as ElementContent[];
      return [node];
    }
    if (node.type !== 'text') return [node];
    return phrases(node.value, lang).flatMap((value, i): RootContent[] => [
      ...(i > 0 ? [wbr()] : []),
      { type: 'text', value },
    ]);
  });
}

/**
 * Puts a `<wbr>` between the phrases of every text node in a rendered heading (Markdown inline
 * text: emphasis and links keep their phrases; code and ruby stay whole). Used with
 * `word-break: keep-all`, the browser then breaks the line only there.
 */
export function breakPhrasesInHast(root: HastRoot, lang: string): HastRoot {
  if (isJapanese(lang)) root.children = breakNodes(root.children, lang);
  return root;
}
