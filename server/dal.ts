import 'server-only';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { cache } from 'react';
import { getUserById } from '@/db/queries/users';
import type { Role } from '@/db/schema';
import { auth } from '@/server/auth';

export type CurrentUser = { id: number; name: string; email: string; role: Role };

/**
 * The signed-in user, checked against the database on every request: a disabled account, a changed
 * role or a signed-out session (version bumped) loses access at once, whatever the token says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.uid) return null;
  const user = getUserById({ id: session.uid });
  if (!user || user.disabled || user.sessionVersion !== session.sv) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For actions and route handlers: 401 when signed out. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  return user;
}

/** For actions and route handlers: 403 unless the user has one of `roles`. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** For admin pages: anonymous visitors go to the login page, other roles get 403. */
export async function requirePageRole(
  locale: string,
  path: string,
  ...roles: Role[]
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/login?next=${encodeURIComponent(path)}`);
  if (!roles.includes(user.role)) forbidden();
  return user;
}
