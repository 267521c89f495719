import 'server-only';
// The class next-auth re-exports, from its source: next-auth itself needs Next's runtime to load.
import { CredentialsSignin } from '@auth/core/errors';
import { getUserByEmail } from '@/db/queries/users';
import { signInSchema } from '@/lib/validations/sign-in';
import { verifyPassword } from './password';
import { beginSignIn, signInFailed, signInSucceeded } from './sign-in-limit';

export class TooManyAttempts extends CredentialsSignin {
  code = 'rate_limited';
}

/**
 * The credentials check behind every sign-in path (our form's action and Auth.js's own endpoint).
 * The attempt takes its place in the limits before the password is hashed, so parallel attempts
 * get no more password checks than the limit allows. Unknown email, wrong password and a disabled
 * account give one answer; only a pause is told apart, for unknown addresses too.
 */
export async function authorize(raw: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const attempt = beginSignIn(email, request.headers);
  if (!attempt.ok) throw new TooManyAttempts();
  const user = getUserByEmail({ email });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabled) {
    signInFailed(email, user?.id ?? null);
    return null;
  }
  signInSucceeded(attempt);
  return {
    id: String(user.id),
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
