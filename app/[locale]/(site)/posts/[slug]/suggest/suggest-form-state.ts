import type { SuggestActionState } from './suggest-actions';

export type Field = 'name' | 'email' | 'text';
export const FIELDS: Field[] = ['name', 'email', 'text'];

/** What was typed, as the server sent it back with a refusal ('' before any post). */
export function kept(state: SuggestActionState, field: string): string {
  const value = state && !state.ok ? state.values?.[field] : undefined;
  return typeof value === 'string' ? value : '';
}

/** The server's first error key for a field of the form, if it refused one. */
export const serverError = (state: SuggestActionState, field: Field) =>
  state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;

/**
 * What the form says above its fields: a summary for field errors plus the errors of fields the
 * reader cannot edit (block, language), or the server's message (already in words).
 */
export function formAlerts(
  state: SuggestActionState,
  words: { fixFields: string; errorOf: (key: string) => string },
): string[] {
  if (!state || state.ok) return [];
  if (state.error !== 'invalid') return [state.error];
  const hidden = Object.entries(state.fieldErrors ?? {})
    .filter(([f]) => !FIELDS.includes(f as Field))
    .flatMap(([, keys]) => keys.map((k) => words.errorOf(k)));
  return [words.fixFields, ...hidden];
}
