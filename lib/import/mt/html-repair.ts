import { Parser } from 'htmlparser2';
import { excerpt, RAW_TEXT, type Dropped } from './dropped';

/**
 * HTML with what would swallow the rest of it taken out: an unclosed raw-text element (<script>,
 * <style>, <textarea>…) or an unclosed `<!--` makes a parser read everything after it as code or
 * comment. Each such opening is removed and reported, and the rest is read as HTML again.
 */
export type Repaired = {
  source: string;
  /** Start offsets (in `source`) of elements closed by their own end tag or by `/>`. */
  closed: Set<number>;
  dropped: Dropped[];
  /** Maps an offset in `source` back to the HTML given. */
  original: (offset: number) => number;
};

type Problem = { start: number; end: number; element: string };
type Open = { start: number; end: number };

// Past this many repairs, what is left stays swallowed (and is reported as removed).
const MAX_REPAIRS = 1000;

const endTag = (name: string) => new RegExp(`</${name}[ \\t\\n\\f\\r/>]`, 'gi');
const nextEnd = new Map<string, RegExp>();

/** For each raw-text name, where its last end tag (`</name` as htmlparser2 ends raw text) starts in `html`. */
function lastEndTags(html: string) {
  const last = new Map<string, number>();
  return (name: string) => {
    if (!last.has(name)) last.set(name, [...html.matchAll(endTag(name))].at(-1)?.index ?? -1);
    return last.get(name)!;
  };
}

/**
 * Content that cannot be the element's own: a <script src> holds nothing (the HTML rules), a
 * <style> holds no tags. Then its end tag belongs to a later element and this one was left open.
 */
function strayContent(
  name: string,
  attrs: Record<string, string>,
  text: string,
  from: number,
): boolean {
  if (name !== 'style' && !(name === 'script' && attrs.src !== undefined)) return false;
  let re = nextEnd.get(name);
  if (!re) nextEnd.set(name, (re = endTag(name)));
  re.lastIndex = from;
  const content = text.slice(from, re.exec(text)?.index ?? text.length);
  return name === 'script' ? content.trim() !== '' : /<[a-zA-Z!/]/.test(content);
}

/** Parses `source` from `from` until the first swallowing opening; notes which elements close. */
function scan(
  source: string,
  from: number,
  endAfter: (name: string, offset: number) => boolean,
): { problem: Problem | null; closed: Set<number> } {
  const text = source.slice(from);
  const closed = new Set<number>();
  const stack: Open[] = [];
  let problem: Problem | null = null;
  const parser = new Parser({
    onopentag(name, attrs) {
      const open = { start: parser.startIndex, end: parser.endIndex };
      stack.push(open);
      // Inside SVG and MathML, <script> and <style> are ordinary elements.
      const raw = RAW_TEXT.has(name) && !parser.isInForeignContext();
      if (
        raw &&
        (!endAfter(name, from + open.end) || strayContent(name, attrs, text, open.end + 1))
      ) {
        problem = { start: from + open.start, end: from + open.end, element: `<${name}>` };
        parser.pause();
      }
    },
    onclosetag(_name, implied) {
      const open = stack.pop();
      // In SVG and MathML, `<x/>` closes itself; htmlparser2 reports that close as implied.
      if (open && (!implied || (parser.endIndex === open.end && text[open.end - 1] === '/')))
        closed.add(from + open.start);
    },
    oncomment() {
      const raw = text.slice(parser.startIndex, parser.endIndex + 1);
      if (!problem && raw.startsWith('<!--') && !/--!?>$/.test(raw))
        problem = {
          start: from + parser.startIndex,
          end: from + parser.startIndex + 3,
          element: '<!--',
        };
    },
  });
  parser.write(text);
  if (!problem) parser.end();
  return { problem, closed };
}

/** Offsets in the repaired source → offsets in the HTML given, from the removed ranges. */
function offsetMap(removed: Array<{ start: number; length: number }>) {
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  let shift = 0;
  const cuts = sorted.map((r) => ({ at: r.start - shift, shift: (shift += r.length) }));
  return (offset: number) => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]!.at <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo ? cuts[lo - 1]!.shift : 0);
  };
}

/**
 * Sweeps forward from each repair (linear in the length); a last pass from the start finds which
 * elements close and anything the resumed passes, lacking the context before them, missed.
 */
export function repairHtml(html: string): Repaired {
  let source = html;
  const removed: Array<{ start: number; length: number }> = [];
  const dropped: Dropped[] = [];
  let original = offsetMap(removed);
  const lastEnd = lastEndTags(html);
  // Repairs only take out openings, so end tags keep their place in `html`.
  const endAfter = (name: string, offset: number) => lastEnd(name) > original(offset);
  let from = 0;
  for (;;) {
    const { problem, closed } = scan(source, from, endAfter);
    if (!problem || removed.length === MAX_REPAIRS) {
      if (from === 0) return { source, closed, dropped, original };
      from = 0;
      continue;
    }
    const start = original(problem.start);
    const tag = source.slice(problem.start, problem.end + 1);
    dropped.push({
      element: problem.element,
      reason: 'unclosed',
      excerpt: excerpt(tag),
      start,
      end: start + tag.length - 1,
    });
    removed.push({ start, length: tag.length });
    original = offsetMap(removed);
    source = source.slice(0, problem.start) + source.slice(problem.end + 1);
    from = problem.start;
  }
}
