import { AuthError, CredentialsSignin } from '@auth/core/errors';

type Write = (line: string) => void;

/**
 * Auth.js's error log. A refused sign-in (wrong password, unknown account, throttled) is an
 * ordinary event: one line, no stack (the default wrote a whole stack trace per wrong password).
 * Anything else is a real fault and keeps its stack.
 */
export function logAuthError(error: Error, write: Write = (line) => console.error(line)): void {
  if (error instanceof CredentialsSignin) {
    write(`[auth] sign-in refused (${error.code})`);
    return;
  }
  const name = error instanceof AuthError ? error.type : error.name;
  const cause = error.cause as { err?: unknown } | undefined;
  const stack = cause?.err instanceof Error ? cause.err.stack : error.stack;
  write(`[auth][error] ${name}: ${error.message}${stack ? `\n${stack}` : ''}`);
}
