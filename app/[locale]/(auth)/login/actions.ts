'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { bumpSessionVersion } from '@/db/queries/users';
import { defineAction } from '@/server/action';
import { signIn, signOut } from '@/server/auth';
import { getCurrentUser } from '@/server/dal';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/config';
import { signInSchema } from '@/lib/validations/sign-in';
import { safeNext } from './safe-next';

const locale = z.enum(LOCALES).catch(DEFAULT_LOCALE);
const signInFormSchema = signInSchema.extend({ next: z.string().optional(), locale });

/**
 * The login form's action, also used without JavaScript. Unknown email, wrong password and a
 * disabled account give one answer; only throttling is told apart, so the owner knows to wait.
 */
export const signInAction = defineAction(
  { public: true },
  signInFormSchema,
  async ({ email, password, next, locale }) => {
    try {
      await signIn('credentials', { email, password, redirectTo: safeNext(next, locale) });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error; // the redirect after success
      const code =
        error instanceof CredentialsSignin && error.code === 'rate_limited'
          ? 'rateLimited'
          : 'invalidCredentials';
      return { ok: false, error: code, values: { email } };
    }
    return { ok: true, data: undefined };
  },
);

/** Ends this session and every other one of the account (the version in old tokens no longer matches). */
export const signOutAction = defineAction(
  { public: true },
  z.object({ locale }),
  async ({ locale }) => {
    const user = await getCurrentUser();
    if (user) bumpSessionVersion(user.id);
    await signOut({ redirectTo: `/${locale}/login` });
    return { ok: true, data: undefined };
  },
);
