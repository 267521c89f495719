import type { BodyState } from './html-blocks';
import type { At } from './html-walk';
import { closeLink, endLinkSegment, openLink, type LinkFrame } from './html-inline';
import { wrap, type MarkFrame } from './html-marks';

/**
 * Marks and links are one stack in the HTML (the parser nests them), kept here as two: `seq`
 * numbers their openings, so the open frames' starts never decrease along that order. Rewriting
 * the buffer from a frame's start (wrapping a mark, writing `[text](url)`) would leave the starts
 * of frames opened after it pointing into the old text: so those are ended first, innermost
 * first, and every frame ended starts again after the rewrite. Markdown comes out nested: a mark
 * open across a link boundary closes before it and opens again after it.
 */
type Frame = MarkFrame | LinkFrame;

const isLink = (f: Frame): f is LinkFrame => 'href' in f;

/** The frames opened at or after `seq`, innermost first (each stack is in opening order). */
function framesFrom(s: BodyState, seq: number): Frame[] {
  const out: Frame[] = [];
  let m = s.marks.length - 1;
  let l = s.links.length - 1;
  for (;;) {
    const mark = m >= 0 && s.marks[m]!.seq >= seq ? s.marks[m]! : null;
    const link = l >= 0 && s.links[l]!.seq >= seq ? s.links[l]! : null;
    if (!mark && !link) return out;
    if (mark && (!link || mark.seq > link.seq)) {
      out.push(mark);
      m--;
    } else {
      out.push(link!);
      l--;
    }
  }
}

/**
 * Ends the segments of the frames opened at or after `seq`, innermost first. A link under
 * another link has no segment of its own: its text so far was written when the inner one opened.
 */
export function endSegments(s: BodyState, seq = 0) {
  const top = s.links.at(-1);
  for (const frame of framesFrom(s, seq)) {
    if (!isLink(frame)) {
      // A code block shows its text as written: a mark open around it is not written there.
      if (frame.active && s.pre === 0) wrap(s, frame);
    } else if (frame === top) endLinkSegment(s);
  }
}

/** The frames opened at or after `seq` start a new segment here. */
export function restartSegments(s: BodyState, seq = 0) {
  for (const frame of framesFrom(s, seq)) frame.start = s.buf.length;
}

/** Ends and restarts from `seq`: the buffer so far holds their markup, what follows is new. */
export function cutSegments(s: BodyState, seq: number) {
  endSegments(s, seq);
  restartSegments(s, seq);
}

/** Closes `tag` and anything opened inside it and left open (misnested HTML). */
export function closeMark(s: BodyState, tag: string) {
  const at = s.marks.findLastIndex((m) => m.tag === tag || (tag === 'b' && m.tag === 'strong'));
  if (at < 0) return;
  const seq = s.marks[at]!.seq;
  endSegments(s, seq);
  s.marks.splice(at);
  restartSegments(s, seq);
}

export function openAnchor(s: BodyState, attrs: Record<string, string>, at: At) {
  // A link inside a link: the outer one's text so far is its own link.
  const outer = s.links.at(-1);
  if (outer) cutSegments(s, outer.seq);
  openLink(s, attrs, at);
}

export function closeAnchor(s: BodyState, end: number) {
  const link = s.links.at(-1);
  if (!link) return;
  // The link under it (if any) takes up its text again after it.
  const from = s.links.at(-2)?.seq ?? link.seq;
  endSegments(s, from);
  closeLink(s, end);
  restartSegments(s, from);
}
