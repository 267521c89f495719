import { commentSchema, NAME_MAX } from '@/lib/validations/comment';

// What the form refuses in a name (controls, line breaks) becomes a space here: an import cannot
// ask the commenter again, and dropping the comment would lose its text.
const BREAKING = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

/**
 * An imported commenter's name under the comment form's own rule (commentSchema's name: no
 * controls, no bidi overrides, NFC, trimmed, at most NAME_MAX): repaired where it can be, else
 * "Anonymous". `changed` says the export's name was not kept as it was.
 */
export function importedCommentName(raw: string): { name: string; changed: boolean } {
  const spaced = raw.replace(BREAKING, ' ').replace(/\s{2,}/g, ' ');
  const clipped = [...spaced.trim()].slice(0, NAME_MAX).join('');
  const parsed = commentSchema.shape.name.safeParse(clipped);
  const name = parsed.success ? parsed.data : 'Anonymous';
  return { name, changed: name !== raw.trim() };
}
