import { BODY_MAX, codePoints, commentSchema, NAME_MAX } from '@/lib/validations/comment';
import { EXCERPT_MAX } from '@/lib/validations/post';
import { importedCommentName } from '../comment-name';
import { excerpt, withLines, type DropReason, type LineDropped } from './dropped';
import type { MtComment } from './entry';
import { mtHtmlToText } from './html-plain';

/** An MT comment as our comment fields; `email` is null when the export's is missing or invalid. */
export type MtCommentFields = {
  name: string;
  email: string | null;
  body: string;
  dropped: LineDropped[];
};

const clip = (text: string, max: number) => [...text].slice(0, max).join('');
const rest = (text: string, max: number) => [...text].slice(max).join('');

/**
 * The comment's HTML as plain text, cut to the comment limit; the name cut to its limit; the
 * email kept when the comment form would accept it. Every cut or replaced value is in `dropped`.
 */
export function mtCommentFields(c: MtComment): MtCommentFields {
  const html = c.body.replace(/\0/g, '');
  const converted = mtHtmlToText(html);
  const dropped = withLines(html, c.line, converted.dropped);
  const note = (element: string, reason: DropReason, text: string) =>
    dropped.push({ element, reason, excerpt: excerpt(text), start: 0, end: 0, line: c.line });
  let body = converted.text;
  if (codePoints(body) > BODY_MAX) {
    note('COMMENT', 'cut', rest(body, BODY_MAX));
    body = clip(body, BODY_MAX).trimEnd();
  }
  const author = c.author.replace(/\0/g, '').trim() || 'Anonymous';
  // The comment form's rule for names (no controls, line breaks or bidi overrides), repaired.
  const { name, changed } = importedCommentName(author);
  if (changed && codePoints(author) > NAME_MAX) note('AUTHOR', 'cut', rest(author, NAME_MAX));
  else if (changed) note('AUTHOR', 'replaced', author);
  const email = commentSchema.shape.email.safeParse(c.email);
  if (!email.success && c.email.trim()) note('EMAIL', 'replaced', c.email);
  if (c.url) note('URL', 'notImported', c.url); // comments have no website field
  return { name, email: email.success ? email.data : null, body, dropped };
}

/** An entry's EXCERPT as plain text (null when empty), cut to the excerpt limit; reported on the entry's line. */
export function mtExcerptField(
  source: string,
  line: number,
): { text: string | null; dropped: LineDropped[] } {
  const { text, dropped } = mtHtmlToText(source);
  const out = dropped.map((d) => ({ ...d, line }));
  if (codePoints(text) <= EXCERPT_MAX) return { text: text || null, dropped: out };
  out.push({
    element: 'EXCERPT',
    reason: 'cut',
    excerpt: excerpt(rest(text, EXCERPT_MAX)),
    start: 0,
    end: 0,
    line,
  });
  return { text: clip(text, EXCERPT_MAX).trimEnd(), dropped: out };
}
