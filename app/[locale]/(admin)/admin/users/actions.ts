'use server';

import { revalidatePath } from 'next/cache';
import { changeUserGuarded, LastOwnerError } from '@/db/queries/admin-users';
import { createUser, getUserByEmail } from '@/db/queries/users';
import { defineAction, type ActionResult } from '@/server/action';
import { hashPassword } from '@/server/auth/password';
import { changeUserSchema, newUserSchema, resetPasswordSchema } from '@/lib/validations/user';

const refresh = () => revalidatePath('/[locale]/admin/users', 'page');

export const addUserAction = defineAction(
  { roles: ['owner'] },
  newUserSchema,
  async ({ password, ...input }, { user }): Promise<ActionResult> => {
    if (getUserByEmail({ email: input.email }))
      return { ok: false, error: 'invalid', fieldErrors: { email: ['emailTaken'] } };
    createUser({ ...input, passwordHash: await hashPassword(password) }, user.id);
    refresh();
    return { ok: true, data: undefined };
  },
);

/** Disable, enable or change the role of an account; the last active owner is kept. */
export const changeUserAction = defineAction(
  { roles: ['owner'] },
  changeUserSchema,
  ({ id, ...change }, { user }): ActionResult => {
    try {
      if (!changeUserGuarded(id, change, user.id)) return { ok: false, error: 'userGone' };
    } catch (error) {
      if (error instanceof LastOwnerError) return { ok: false, error: 'lastOwner' };
      throw error;
    }
    refresh();
    return { ok: true, data: undefined };
  },
);

/** Sets a new password; the account's existing sessions end. */
export const resetPasswordAction = defineAction(
  { roles: ['owner'] },
  resetPasswordSchema,
  async ({ id, password }, { user }): Promise<ActionResult> => {
    const hash = await hashPassword(password);
    if (!changeUserGuarded(id, { passwordHash: hash }, user.id))
      return { ok: false, error: 'userGone' };
    return { ok: true, data: undefined };
  },
);
