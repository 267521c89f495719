import { Parser } from 'htmlparser2';

/** Deeper than any real post: past it a body is refused, not converted. */
export const HTML_DEPTH_MAX = 256;

/**
 * Whether elements in `html` nest deeper than HTML_DEPTH_MAX. The HTML parser's time grows with
 * the square of the depth (100,000 nested `<div>`s, 500 KB, take over 30 s), and an import runs
 * in the server's only thread; this check stops at the limit, so it stays linear.
 */
export function htmlTooDeep(html: string): boolean {
  let depth = 0;
  let tooDeep = false;
  const parser = new Parser({
    onopentag() {
      if (++depth <= HTML_DEPTH_MAX) return;
      tooDeep = true;
      parser.pause();
    },
    onclosetag() {
      depth--;
    },
  });
  parser.write(html);
  return tooDeep;
}
