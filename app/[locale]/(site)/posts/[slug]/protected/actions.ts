'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { releaseSlots, takeSlots } from '@/db/queries/throttle';
import { getPostAccess } from '@/db/queries/post-access';
import { unlockPostSchema } from '@/lib/validations/post-password';
import { defineAction } from '@/server/action';
import { verifyPassword } from '@/server/auth/password';
import { SIGN_IN_WINDOW_MS, ACCOUNT_LIMIT } from '@/server/auth/sign-in-limit';
import { unlockCookieName, unlockCookieOptions, unlockValue } from '@/server/posts/unlock-cookie';

/**
 * A reader's password for a protected post. Wrong guesses are limited per post like sign-in's per
 * account (the place is taken before hashing, given back on success); a right one sets the post's
 * signed cookie and opens the page rendered per request. The password is never sent back.
 */
export const unlockPost = defineAction(
  { public: true },
  unlockPostSchema,
  async ({ slug, password, locale }) => {
    const access = getPostAccess(slug);
    if (!access || access.visibility !== 'password')
      return { ok: false, error: 'wrongPostPassword' };
    const bucket = `post-password:${access.id}`;
    const attempt = takeSlots([{ bucket, limit: ACCOUNT_LIMIT, windowMs: SIGN_IN_WINDOW_MS }]);
    if (!attempt.ok) return { ok: false, error: 'signInRateLimited' };
    if (!(await verifyPassword(access.passwordHash, password))) {
      return { ok: false, error: 'wrongPostPassword' };
    }
    releaseSlots(attempt.ids);
    (await cookies()).set(unlockCookieName(access.id), unlockValue(access), unlockCookieOptions());
    redirect(`/${locale}/posts/${access.slug}/protected`);
  },
);
