/** Field → message keys (`_form` for the form as a whole), as a schema or a server check found them. */
export type FieldErrors = Record<string, string[]>;

/**
 * What every server action answers (server/action.ts). It lives here, in the pure layer, so a
 * client form's state helpers can read it without reaching into the server.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> };
