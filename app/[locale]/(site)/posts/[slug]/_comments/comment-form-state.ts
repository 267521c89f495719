import type { CommentActionState } from './comment-actions';

export type Field = 'name' | 'email' | 'body';
const FIELDS: readonly string[] = ['name', 'email', 'body'] satisfies Field[];

type Defaults = {
  name: string;
  email: string;
  body: string;
  remember: boolean;
  notifyReplies: boolean;
};
const ticked = (value: unknown) => value === true || value === 'on';
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What the form starts with: what was typed when the server refused it, else the remembered name and email. */
export function initialValues(
  state: CommentActionState,
  remembered: { name: string; email: string } | null,
): Defaults {
  const kept = state && !state.ok ? state.values : undefined;
  if (kept)
    return {
      name: text(kept.name),
      email: text(kept.email),
      body: text(kept.body),
      remember: ticked(kept.remember),
      notifyReplies: ticked(kept.notifyReplies),
    };
  return {
    name: remembered?.name ?? '',
    email: remembered?.email ?? '',
    body: '',
    remember: remembered !== null,
    notifyReplies: false,
  };
}

/** The server's field errors: the first message key per field; empty when there are none. */
export function serverFieldErrors(state: CommentActionState): Partial<Record<Field, string>> {
  if (!state || state.ok || !state.fieldErrors) return {};
  const entries = Object.entries(state.fieldErrors).filter(
    ([field, keys]) => FIELDS.includes(field) && keys[0],
  );
  return Object.fromEntries(entries.map(([field, keys]) => [field, keys[0]!]));
}

/** Errors for the whole form: a summary for field errors, reply problems, or the server's message. */
export function formErrors(state: CommentActionState): Array<{ key: string } | { text: string }> {
  if (!state || state.ok) return [];
  if (state.error !== 'invalid') return [{ text: state.error }];
  const others = Object.entries(state.fieldErrors ?? {}).filter(
    ([field]) => !FIELDS.includes(field),
  );
  return [{ key: 'fixFields' }, ...others.flatMap(([, keys]) => keys.map((key) => ({ key })))];
}

/**
 * The idempotency key for the next post: a new one from the server after a success, the same one
 * after a refusal (nothing was stored, so a retry must not count twice); null before any post.
 */
export function currentKey(state: CommentActionState): string | null {
  if (!state) return null;
  if (state.ok) return state.data.nextKey;
  return typeof state.values?.idempotencyKey === 'string' ? state.values.idempotencyKey : null;
}
