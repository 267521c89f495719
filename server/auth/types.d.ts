import 'next-auth';
import '@auth/core/jwt';

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    role?: string;
    sv?: number;
  }
}

declare module 'next-auth' {
  interface Session {
    uid?: number;
    sv?: number;
  }
}
