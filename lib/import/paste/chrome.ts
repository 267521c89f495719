/**
 * Blog chrome in a pasted page: the browser's page title, "posted by" footers and the comment
 * form. Chrome is only ever *proposed* for removal: every line found here is listed with its
 * reason and place, so the owner sees it and can put it back.
 */
import { formLabelStrength, pageTitleShape, parseFooter, type Footer } from './page';
import { hasTerminalPunctuation, type Paragraph } from './text';

export type ChromeReason = 'page-title' | 'footer' | 'comment-form';

/** A line proposed as chrome: its text, why, and the 0-based line it sat on in the paste. */
export type ChromeCandidate = { text: string; reason: ChromeReason; line: number };

/**
 * Footers anywhere, comment-form labels marked as fields anywhere, and bare label words
 * ("Comments", "コメント") only below the first footer or next to another label: alone in a
 * post they may be one of its headings. Lines below a footer that are not chrome stay content.
 */
export function findChrome(paragraphs: Paragraph[]): {
  content: Paragraph[];
  chrome: ChromeCandidate[];
  footer: Footer | null;
} {
  const footers = paragraphs.map((p) => parseFooter(p.text));
  const firstFooter = footers.findIndex((f) => f !== null);
  const labels = paragraphs.map((p) => formLabelStrength(p.text));
  const reasonAt = (k: number): ChromeReason | null => {
    if (footers[k]) return 'footer';
    const label = labels[k];
    if (label === 'strong') return 'comment-form';
    const inCommentArea = firstFooter >= 0 && k > firstFooter;
    if (label === 'bare' && (inCommentArea || labels[k - 1] || labels[k + 1]))
      return 'comment-form';
    return null;
  };
  const content: Paragraph[] = [];
  const chrome: ChromeCandidate[] = [];
  paragraphs.forEach((p, k) => {
    const reason = reasonAt(k);
    if (reason) chrome.push({ text: p.text, reason, line: p.line });
    else content.push(p);
  });
  return { content, chrome, footer: firstFooter >= 0 ? (footers[firstFooter] ?? null) : null };
}

type Lang = Paragraph & { lang: string | null };

/**
 * The paste's very first line when it could be the browser's page title: set apart by a blank
 * line and shaped like a headline, not a sentence.
 */
export function pageTitleCandidate<T extends Lang>(all: Paragraph[], content: T[]): T | null {
  const first = content[0];
  const second = content[1];
  if (!first || !second || first.line !== all[0]?.line || second.blankBefore === 0) return null;
  return hasTerminalPunctuation(first.text) ? null : first;
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
