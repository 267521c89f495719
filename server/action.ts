import 'server-only';
import type { z } from 'zod';
import type { Role } from '@/lib/model';
import { requireRole, type CurrentUser } from '@/server/dal';

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> };

type Access = { roles: Role[] } | { public: true };
/** A role-gated action always has its user; a public one has none. */
type Context<A extends Access> = { user: A extends { roles: Role[] } ? CurrentUser : null };

/** Reads a form post or a plain object; repeated form fields become arrays. */
export function toInput(input: FormData | unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith('$ACTION')) continue;
    out[key] = key in out ? [out[key], value].flat() : value;
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * Every server action goes through here: authorize → validate → handle, returning a typed result.
 * Authorization failures interrupt with 401/403 (nothing runs); invalid input returns field errors
 * and the submitted values, so a form re-renders with what the person typed.
 */
export function defineAction<S extends z.ZodType, T, A extends Access = Access>(
  access: A,
  schema: S,
  handler: (input: z.output<S>, context: Context<A>) => Promise<ActionResult<T>> | ActionResult<T>,
) {
  return async (
    _previous: ActionResult<T> | null,
    raw: FormData | z.input<S>,
  ): Promise<ActionResult<T>> => {
    const user = 'roles' in access ? await requireRole(...access.roles) : null;
    const input = toInput(raw);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: 'invalid',
        fieldErrors: fieldErrorsOf(parsed.error),
        values: plainValues(input),
      };
    }
    return handler(parsed.data, { user } as Context<A>);
  };
}

// Passwords are never sent back: they would land in the page (and its HTML without JavaScript).
function plainValues(input: unknown): Record<string, unknown> | undefined {
  if (!input || typeof input !== 'object') return undefined;
  return Object.fromEntries(
    Object.entries(input).filter(
      ([k, v]) => (typeof v === 'string' || typeof v === 'boolean') && !/password/i.test(k),
    ),
  );
}
