import 'server-only';
import type { z } from 'zod';
import type { ActionResult, FieldErrors } from '@/lib/action-result';
import type { Role } from '@/lib/model';
import { requireRole, type CurrentUser } from '@/server/dal';

export type { ActionResult, FieldErrors } from '@/lib/action-result';

type Access = { roles: Role[] } | { public: true };
/** A role-gated action always has its user; a public one has none. */
type Context<A extends Access> = { user: A extends { roles: Role[] } ? CurrentUser : null };
type Handler<S extends z.ZodType, T, C> = (
  input: z.output<S>,
  context: C,
) => Promise<ActionResult<T>> | ActionResult<T>;
/** A schema for the arguments a page binds (`action.bind(null, …)`): it reads them as a tuple. */
type BoundSchema = z.ZodType<unknown, readonly unknown[]>;
type BoundArgs<B extends BoundSchema> = z.input<B> extends readonly unknown[] ? z.input<B> : never;

/** What an action answers when its bound arguments are not what the page binds: forged or stale. */
export const BAD_BOUND_ARGS = { _form: ['invalidRequest'] } satisfies FieldErrors;

/** Reads a form post or a plain object; repeated form fields become arrays. */
export function toInput(input: FormData | unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith('$ACTION')) continue;
    // Own keys only, written as data: a field named `toString` or `__proto__` is just a field
    // (`in` saw the prototype's members, and `__proto__ =` swapped the object's prototype).
    const next = Object.hasOwn(out, key) ? [out[key], value].flat() : value;
    Object.defineProperty(out, key, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    // Checks that share a message (1e308 is neither an integer nor ≤ MAX_SAFE_INTEGER) say it once.
    const messages = (errors[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}

/**
 * Every server action goes through here: authorize → validate → handle, returning a typed result.
 * Authorization failures interrupt with 401/403 (nothing runs); invalid input returns field errors
 * and the submitted values, so a form re-renders with what the person typed.
 *
 * With `{ bound }`, the action takes the arguments a page binds before `(previous, form)`. Next
 * encrypts them, but they still arrive from the browser, so the schema parses them like the form:
 * the handler gets the parsed value as `context.bound`, and arguments the schema refuses answer
 * `BAD_BOUND_ARGS` (with what was typed) without running it.
 */
export function defineAction<S extends z.ZodType, T, A extends Access = Access>(
  access: A,
  schema: S,
  handler: Handler<S, T, Context<A>>,
): (previous: ActionResult<T> | null, raw: FormData | z.input<S>) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T, A extends Access, B extends BoundSchema>(
  access: A,
  schema: S,
  handler: Handler<S, T, Context<A> & { bound: z.output<B> }>,
  options: { bound: B },
): (
  ...args: [...BoundArgs<B>, previous: ActionResult<T> | null, raw: FormData | z.input<S>]
) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T, A extends Access>(
  access: A,
  schema: S,
  // Either overload's handler: `bound` is whatever its schema gave (none without one).
  handler: Handler<S, T, Context<A> & { bound: never }>,
  options?: { bound: BoundSchema },
) {
  return async (...args: unknown[]): Promise<ActionResult<T>> => {
    const user = 'roles' in access ? await requireRole(...access.roles) : null;
    // Bound arguments, if any, come before (previous, form).
    const input = toInput(options ? args.at(-1) : args[1]);
    const bound = options?.bound.safeParse(args.slice(0, -2));
    if (bound && !bound.success)
      return {
        ok: false,
        error: 'invalid',
        fieldErrors: BAD_BOUND_ARGS,
        values: plainValues(input),
      };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: 'invalid',
        fieldErrors: fieldErrorsOf(parsed.error),
        values: plainValues(input),
      };
    }
    return handler(parsed.data, { user, bound: bound?.data } as Context<A> & { bound: never });
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
