'use server';

import { revalidatePath } from 'next/cache';
import {
  deleteRedirect,
  RedirectPostMissingError,
  RedirectTakenError,
  saveRedirect,
} from '@/db/queries/admin-redirects';
import { defineAction, type ActionResult, type FieldErrors } from '@/server/action';
import { deleteRedirectSchema, redirectSchema } from '@/lib/validations/redirect';

const changed = () => revalidatePath('/[locale]/admin/redirects', 'page');

/** Adds or edits an old address; answered 301 at once (the redirect handler reads per request). */
export const saveRedirectAction = defineAction(
  { roles: ['owner'] },
  redirectSchema,
  (input): ActionResult<{ id: number }> => {
    let id: number | null;
    try {
      id = saveRedirect(input);
    } catch (error) {
      const field: FieldErrors | null =
        error instanceof RedirectTakenError
          ? { fromPath: ['redirectTaken'] }
          : error instanceof RedirectPostMissingError
            ? { to: ['redirectPostMissing'] }
            : null;
      if (!field) throw error;
      return { ok: false, error: 'invalid', fieldErrors: field, values: input };
    }
    if (id === null) return { ok: false, error: 'redirectGone' };
    changed();
    return { ok: true, data: { id } };
  },
);

export const deleteRedirectAction = defineAction(
  { roles: ['owner'] },
  deleteRedirectSchema,
  ({ id }): ActionResult => {
    if (!deleteRedirect(id)) return { ok: false, error: 'redirectGone' };
    changed();
    return { ok: true, data: undefined };
  },
);
