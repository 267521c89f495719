import { useRef } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { newIdempotencyKey } from '@/lib/idempotency-key';

/**
 * The state of a reader's form (comment, suggestion) after its action answered, null before.
 * A success carries the key of the next text (server/submission-result.ts); a refusal, what was
 * typed, the key to retry with and the field errors (message keys).
 */
export type ReaderFormState = ActionResult<{ nextKey: string }> | null;

/** What was typed, as the server sent it back with a refusal ('' before any post or after a success). */
export function keptText(state: ReaderFormState, field: string): string {
  const value = state && !state.ok ? state.values?.[field] : undefined;
  return typeof value === 'string' ? value : '';
}

/** A ticked checkbox sent back with a refusal: a form sends 'on', a script true. */
export function keptTicked(state: ReaderFormState, field: string): boolean {
  const value = state && !state.ok ? state.values?.[field] : undefined;
  return value === true || value === 'on';
}

/** The server's field errors for the form's own fields: the first message key per field. */
export function serverFieldErrors<F extends string>(
  state: ReaderFormState,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return Object.fromEntries(
    fields.flatMap((field) => (errors?.[field]?.[0] ? [[field, errors[field][0]]] : [])),
  ) as Partial<Record<F, string>>;
}

/**
 * What the form says above its fields, in words: the server's message (already in words), or for
 * field errors the errors of what the reader cannot edit (reply, block, language, the request
 * itself), after a summary when a field of the form is marked below.
 */
export function formAlerts(
  state: ReaderFormState,
  fields: readonly string[],
  words: { fixFields: string; errorOf: (key: string) => string },
): string[] {
  if (!state || state.ok) return [];
  if (state.error !== 'invalid') return [state.error];
  const entries = Object.entries(state.fieldErrors ?? {});
  const others = entries
    .filter(([field]) => !fields.includes(field))
    .flatMap(([, keys]) => keys.map((key) => words.errorOf(key)));
  const marked = entries.some(([field, keys]) => fields.includes(field) && keys.length > 0);
  return marked ? [words.fixFields, ...others] : others;
}

/**
 * The idempotency key the server chose for the next post: a new one after a success (or after a
 * key that stored other text), the same one after a refusal; null before any post.
 */
export function currentKey(state: ReaderFormState): string | null {
  if (!state) return null;
  if (state.ok) return state.data.nextKey;
  const key = state.values?.idempotencyKey;
  return typeof key === 'string' && key !== '' ? key : null;
}

/** The key to send: the server's, else the page's own, made at its first send and kept for retries. */
export function keyToSend(state: ReaderFormState, made: { current: string | null }): string {
  return currentKey(state) ?? (made.current ??= newIdempotencyKey());
}

/**
 * A reader form's idempotency key. A cached page cannot hold a key per reader, so the browser
 * makes one when the reader first sends (in the handler, not at render) and keeps it for retries;
 * without JavaScript there is none and the server derives one from the text.
 */
export function useSubmissionKey(state: ReaderFormState) {
  const made = useRef<string | null>(null);
  return { field: currentKey(state) ?? '', forSend: () => keyToSend(state, made) };
}
