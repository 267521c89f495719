import type { Messages } from '@/lib/i18n/translate';
import { COMMENT_LIMITS } from '@/lib/model';

export type CommentMessages = Messages['comments'];

/** Fills `{name}` placeholders; a missing value leaves the placeholder as it is. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * An error key from the schema or the commenting path, in the UI language. Works on the client,
 * where the form has only the `comments` messages; an unknown key reads as a generic error.
 */
export function errorText(messages: CommentMessages, key: string, vars: Record<string, string | number> = {}): string {
  const errors = messages.errors as Record<string, string>;
  return fill(errors[key] ?? errors.invalidRequest!, { ...COMMENT_LIMITS, ...vars });
}
