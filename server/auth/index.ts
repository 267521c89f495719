import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { bumpSessionVersion } from '@/db/queries/users';
import { authSecret } from '@/server/auth/secret';
import { authorize } from './authorize';
import { logAuthError } from './logger';
import { sameSiteRedirect } from './redirect';

// Configured lazily: the secret may be generated into the data folder on first run.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  logger: { error: (error) => logAuthError(error) },
  session: { strategy: 'jwt', maxAge: 14 * 86_400 },
  pages: { signIn: '/ja/login' },
  providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
  // Every way out (our sign-out action and Auth.js's own POST /api/auth/signout) ends the session
  // for good: clearing the cookie alone would leave a copied token working until it expires.
  events: {
    signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (typeof token?.uid === 'number' && typeof token.sv === 'number')
        bumpSessionVersion(token.uid, token.sv);
    },
  },
  callbacks: {
    redirect: sameSiteRedirect,
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
