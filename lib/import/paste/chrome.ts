/**
 * Blog chrome in a pasted page: the browser's page title, "posted by" footers and the comment
 * form. Chrome is only ever *proposed* for removal: every line found here is listed with its
 * reason and place, so the owner sees it and can put it back.
 */
import { formLabelStrength, pageTitleShape, parseFooter, type Footer } from './page';
import { findFrame, isProse, type FrameReason } from './frame';
import { hasTerminalPunctuation, type Paragraph } from './text';

/** `headline`: the post's title as the page shows it above the article, read into the title. */
export type ChromeReason = 'page-title' | 'footer' | 'comment-form' | 'headline' | FrameReason;

/** A line proposed as chrome: its text, why, and the 0-based line it sat on in the paste. */
export type ChromeCandidate = { text: string; reason: ChromeReason; line: number };

/**
 * Footers anywhere, comment-form labels marked as fields anywhere, and bare label words
 * ("Comments", "コメント") only below the first footer or next to another label: alone in a
 * post they may be one of its headings. Below the post (its footer, or with none the comment
 * section's first label after the last sentence) short widget lines are the sidebar; prose there
 * stays content.
 */
export function findChrome(paragraphs: Paragraph[]): {
  content: Paragraph[];
  chrome: ChromeCandidate[];
  footer: Footer | null;
  /** Whether a masthead or dateline was found above the article (its headline comes first). */
  framed: boolean;
} {
  const footers = paragraphs.map((p) => parseFooter(p.text));
  const firstFooter = footers.findIndex((f) => f !== null);
  const labels = paragraphs.map((p) => formLabelStrength(p.text));
  // With no footer, the post ends where the comment section's first label follows its last sentence.
  const lastProse = paragraphs.findLastIndex(isProse);
  const tail =
    firstFooter >= 0 || lastProse < 0
      ? -1
      : labels.findIndex((l, k) => l !== null && k > lastProse);
  const areaStart = firstFooter >= 0 ? firstFooter + 1 : tail;
  const postEnd = firstFooter >= 0 ? firstFooter : tail;
  const reasonAt = (k: number): ChromeReason | null => {
    if (footers[k]) return 'footer';
    const label = labels[k];
    if (label === 'strong') return 'comment-form';
    const inCommentArea = areaStart >= 0 && k >= areaStart;
    if (label === 'bare' && (inCommentArea || labels[k - 1] || labels[k + 1]))
      return 'comment-form';
    return null;
  };
  const kept: Paragraph[] = [];
  const chrome: ChromeCandidate[] = [];
  paragraphs.forEach((p, k) => {
    const reason = reasonAt(k);
    if (reason) chrome.push({ text: p.text, reason, line: p.line });
    else kept.push(p);
  });
  // A whole page pasted: the blog's masthead above the article, its widgets below the footer.
  let frame = findFrame(kept, postEnd >= 0 ? paragraphs[postEnd]!.line : null);
  // The frame is evidence about a page, never the whole paste.
  if (frame.length >= kept.length) frame = [];
  const framed = new Map(frame.map((f) => [f.index, f.reason]));
  const content = kept.filter((p, k) => {
    const reason = framed.get(k);
    if (reason) chrome.push({ text: p.text, reason, line: p.line });
    return !reason;
  });
  chrome.sort((a, b) => a.line - b.line);
  const footer = firstFooter >= 0 ? (footers[firstFooter] ?? null) : null;
  const top = frame.some((f) => f.reason === 'masthead' || f.reason === 'date');
  return { content, chrome, footer, framed: top };
}

type Lang = Paragraph & { lang: string | null };

/**
 * The paste's very first line when it could be the browser's page title: set apart by a blank
 * line and shaped like a headline, not a sentence.
 */
export function pageTitleCandidate<T extends Lang>(
  all: Paragraph[],
  content: T[],
  framed = false,
): T | null {
  const first = content[0];
  const second = content[1];
  if (!first || !second || hasTerminalPunctuation(first.text)) return null;
  // Below a masthead the first line left is the article's headline, wherever it sits.
  if (framed) return first;
  return first.line !== all[0]?.line || second.blankBefore === 0 ? null : first;
}

/**
 * Whether the candidate is the page title, and its title and blog name. A line in the original
 * language must read "Title: Blog name" (colon or bar, blog name the shorter part); a line in
 * another language above the post is the title of its translation, unless more of the
 * translation follows it: then the translation was pasted first and the line is its headline.
 */
export function readPageTitle(
  candidate: Lang,
  originalLanguage: string,
  next?: Lang,
): { title: string; blogName?: string } | null {
  if (candidate.lang === originalLanguage) return pageTitleShape(candidate.text, false);
  const shaped = pageTitleShape(candidate.text);
  if (shaped) return shaped;
  return next?.lang === candidate.lang ? null : { title: candidate.text };
}
