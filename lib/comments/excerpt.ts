/** How much of the answered comment the moderation queue quotes: enough to recognise it. */
const PARENT_EXCERPT_MAX = 160;

/** The comment's start on one line, at most `max` code points, "…" when cut. Plain text: never HTML. */
export function commentExcerpt(body: string, max = PARENT_EXCERPT_MAX): string {
  const line = body.replace(/\s+/g, ' ').trim();
  const points = [...line];
  return points.length > max ? `${points.slice(0, max).join('').trimEnd()}…` : line;
}
