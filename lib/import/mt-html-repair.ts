import { Parser } from 'htmlparser2';
import { excerpt, RAW_TEXT, type Dropped } from './mt-dropped';

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
type Open = { start: number; end: number; raw: boolean };

// Each repair reparses the rest; past this many, what is left stays swallowed (and reported).
const MAX_REPAIRS = 50;

function scan(source: string): { problem: Problem | null; closed: Set<number> } {
  const closed = new Set<number>();
  const stack: Open[] = [];
  let problem: Problem | null = null;
  const parser = new Parser({
    onopentag(name) {
      // Inside SVG and MathML, <script> and <style> are ordinary elements.
      stack.push({ start: parser.startIndex, end: parser.endIndex, raw: RAW_TEXT.has(name) && !parser.isInForeignContext() });
    },
    onclosetag(name, implied) {
      const open = stack.pop();
      if (!open) return;
      // In SVG and MathML, `<x/>` closes itself; htmlparser2 reports that close as implied.
      const selfClosed = implied && parser.endIndex === open.end && source[open.end - 1] === '/';
      if (!implied || selfClosed) closed.add(open.start);
      else if (open.raw && !problem) problem = { start: open.start, end: open.end, element: `<${name}>` };
    },
    oncomment() {
      const raw = source.slice(parser.startIndex, parser.endIndex + 1);
      if (!problem && raw.startsWith('<!--') && !/--!?>$/.test(raw)) problem = { start: parser.startIndex, end: parser.startIndex + 3, element: '<!--' };
    },
  });
  parser.end(source);
  return { problem, closed };
}

export function repairHtml(html: string): Repaired {
  let source = html;
  const removals: Array<{ at: number; length: number }> = [];
  const dropped: Dropped[] = [];
  const original = (offset: number) => removals.reduceRight((at, r) => (at >= r.at ? at + r.length : at), offset);
  for (let k = 0; ; k++) {
    const { problem, closed } = scan(source);
    if (!problem || k === MAX_REPAIRS) return { source, closed, dropped, original };
    const tag = source.slice(problem.start, problem.end + 1);
    dropped.push({ element: problem.element, reason: 'unclosed', excerpt: excerpt(tag), start: original(problem.start), end: original(problem.end) });
    source = source.slice(0, problem.start) + source.slice(problem.end + 1);
    removals.push({ at: problem.start, length: tag.length });
  }
}
