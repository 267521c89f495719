import { Parser } from 'htmlparser2';
import { addressOf, excerpt, RAW_TEXT, REMOVED, VOID, type Dropped } from './dropped';
import { repairHtml } from './html-repair';

/** Offsets of a tag in the HTML given (inclusive), for the report. */
export type At = { start: number; end: number };

/** What a walk hands on: only what is kept (tags and decoded text outside removed elements). */
export type HtmlVisitor = {
  open(name: string, attrs: Record<string, string>, at: At): void;
  close(name: string, at: At): void;
  /** Text between tags, whole (htmlparser2's pieces joined), and where it is. */
  text(text: string, at: At): void;
  /** A comment's content (WordPress's `<!--more-->` and block comments). */
  comment?(data: string, at: At): void;
  /** Whether an element of a removed kind (audio, video…) is kept this time. */
  keep?(name: string, attrs: Record<string, string>): boolean;
};

/** An element being left out with its content: its nesting depth and what it held, for the report. */
type Removal = { element: string; start: number; depth: number; text: string; address: string };

function removed(r: Removal, end: number): Dropped {
  return {
    element: `<${r.element}>`,
    reason: 'removed',
    excerpt: excerpt(r.text) || excerpt(r.address),
    start: r.start,
    end,
  };
}

/**
 * Walks MT HTML with a forgiving parser (htmlparser2). Elements in REMOVED go with their content
 * when they close; one never closed loses only its tag, and what follows is walked as usual. A
 * tag cut off at the end is left out. Each of these is returned, with offsets into `html`.
 * Line breaks in text are kept, except the one right after a <br> (a <br> ending a source line
 * is one break). Comments, <!DOCTYPE> and `<?…>` show nothing in a browser and are skipped.
 */
export function walkHtml(html: string, visitor: HtmlVisitor): Dropped[] {
  const { source, closed, dropped, original } = repairHtml(html);
  let removal: Removal | null = null;
  // Elements of a removed kind the visitor chose to keep, open now (their end tags go to it too).
  const kept: string[] = [];
  let afterBr = false;
  let pending: { text: string; start: number; end: number } | null = null;
  const emit = () => {
    if (!pending) return;
    const { text, start, end } = pending;
    pending = null;
    visitor.text(afterBr ? text.replace(/^[ \t]*\n/, '') : text, at(start, end));
    afterBr = false;
  };
  let consumed = 0;
  const seen = (end: number) => void (consumed = Math.max(consumed, end + 1));
  const at = (start: number, end: number): At => ({
    start: original(start),
    end: original(Math.min(end, source.length - 1)),
  });
  const parser = new Parser({
    onopentag(name, attrs) {
      emit();
      const { startIndex: start, endIndex: end } = parser;
      seen(end);
      if (removal) {
        removal.depth++;
        removal.address ||= addressOf(attrs);
        return;
      }
      afterBr = name === 'br';
      if (!REMOVED.has(name) || visitor.keep?.(name, attrs)) {
        if (REMOVED.has(name)) kept.push(name);
        return visitor.open(name, attrs, at(start, end));
      }
      // A raw-text element still open here is one repairHtml gave up on: it goes, reported.
      const raw = RAW_TEXT.has(name) && !parser.isInForeignContext();
      if (closed.has(start) || VOID.has(name) || raw)
        removal = {
          element: name,
          start: original(start),
          depth: 1,
          text: '',
          address: addressOf(attrs),
        };
      else
        dropped.push({
          element: `<${name}>`,
          reason: 'unclosed',
          excerpt: excerpt(source.slice(start, end + 1)),
          ...at(start, end),
        });
    },
    onclosetag(name, implied) {
      emit();
      if (!implied) seen(parser.endIndex);
      const where = at(parser.endIndex, parser.endIndex);
      if (!removal) {
        const keptAt = kept.lastIndexOf(name);
        if (keptAt >= 0) kept.splice(keptAt, 1);
        if (!REMOVED.has(name) || keptAt >= 0) visitor.close(name, where);
        return;
      }
      if (--removal.depth > 0) return;
      dropped.push(removed(removal, where.end));
      removal = null;
    },
    ontext(text) {
      seen(parser.endIndex);
      if (removal) {
        if (removal.text.length < 400) removal.text += text;
        return;
      }
      if (pending) {
        pending.text += text;
        pending.end = parser.endIndex;
      } else pending = { text, start: parser.startIndex, end: parser.endIndex };
    },
    onprocessinginstruction: () => seen(parser.endIndex),
    oncomment(data) {
      emit();
      seen(parser.endIndex);
      if (!removal) visitor.comment?.(data, at(parser.startIndex, parser.endIndex));
    },
    onend() {
      emit();
      if (parser.startIndex >= source.length) return;
      const tail = source.slice(consumed);
      const element = /^<\/?([^\s/>]+)/.exec(tail)?.[1] ?? '';
      dropped.push({
        element: `<${element}>`,
        reason: 'unterminated',
        excerpt: excerpt(tail),
        ...at(consumed, source.length - 1),
      });
    },
  });
  parser.end(source);
  return dropped;
}
