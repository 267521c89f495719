import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getUserByEmail, normalizeEmail } from '@/db/queries/users';
import { clearThrottle, peekThrottle, recordThrottle } from '@/db/queries/throttle';
import { authSecret } from '@/lib/auth/secret';
import { clientIp } from '@/lib/request-meta';
import { signInSchema } from '@/lib/validations/sign-in';
import { verifyPassword } from './password';

export const LOGIN_LIMIT = 5;
export const LOGIN_WINDOW_MS = 15 * 60_000;

class TooManyAttempts extends CredentialsSignin {
  code = 'rate_limited';
}

// Throttled per email + client, so an attacker cannot lock the real owner out from elsewhere.
const bucketFor = (email: string, headers: Headers) => `login:${normalizeEmail(email)}:${clientIp(headers)}`;

async function authorize(raw: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const bucket = bucketFor(email, request.headers);
  if (!peekThrottle(bucket, LOGIN_LIMIT, LOGIN_WINDOW_MS).ok) throw new TooManyAttempts();
  const user = getUserByEmail({ email });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabled) {
    recordThrottle(bucket);
    return null; // one answer for unknown email, wrong password and disabled account
  }
  clearThrottle(bucket);
  return { id: String(user.id), name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}

// Configured lazily: the secret may be generated into the data folder on first run.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 14 * 86_400 },
  pages: { signIn: '/ja/login' },
  providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & { role: string; sessionVersion: number };
        token.uid = Number(u.id);
        token.role = u.role;
        token.sv = u.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
}));
