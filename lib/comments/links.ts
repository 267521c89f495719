export type TextSegment =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Characters a URL may contain (RFC 3986). Anything else, including Japanese text written right
// after a URL with no space, ends it.
const URL_START = /https?:\/\//gi;
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
const TRAILING = /[.,;:!?'"*]$/;

/** Drops closing punctuation that belongs to the sentence: "(see https://x.example/a)." */
function trimEnd(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (TRAILING.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    else if (url.endsWith(']') && count(url, '[') < count(url, ']')) url = url.slice(0, -1);
    else return url;
  }
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

function isWebUrl(candidate: string): boolean {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}

/** The http(s) URLs in `text`, with where they start and end. */
export function findUrls(text: string): Array<{ start: number; end: number; url: string }> {
  const found: Array<{ start: number; end: number; url: string }> = [];
  for (const match of text.matchAll(URL_START)) {
    const start = match.index;
    if (found.length && start < found.at(-1)!.end) continue;
    let end = start + match[0].length;
    while (end < text.length && URL_CHAR.test(text[end]!)) end++;
    const url = trimEnd(text.slice(start, end));
    if (isWebUrl(url)) found.push({ start, end: start + url.length, url });
  }
  return found;
}

/** How many links a comment holds, for the moderation rule "hold with N or more links". */
export function countLinks(text: string): number {
  return findUrls(text).length;
}

/** Splits a line into plain text and http(s) links, for rendering as React nodes. */
export function linkSegments(line: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, end, url } of findUrls(line)) {
    if (start > at) segments.push({ kind: 'text', text: line.slice(at, start) });
    segments.push({ kind: 'link', text: url, href: url });
    at = end;
  }
  if (at < line.length) segments.push({ kind: 'text', text: line.slice(at) });
  return segments;
}

/** Paragraphs (split at blank lines), each a list of lines. */
export function paragraphs(body: string): string[][] {
  return body
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => p.split('\n'));
}
