import { CredentialsSignin } from '@auth/core/errors';
import { describe, expect, it } from 'vitest';
import { TooManyAttempts } from './authorize';
import { logAuthError } from './logger';

const logged = (error: Error) => {
  const lines: string[] = [];
  logAuthError(error, (line) => lines.push(line));
  return lines.join('\n').split('\n');
};

describe('logAuthError', () => {
  it('writes one line without a stack for a wrong password or a throttled sign-in', () => {
    expect(logged(new CredentialsSignin())).toEqual(['[auth] sign-in refused (credentials)']);
    expect(logged(new TooManyAttempts())).toEqual(['[auth] sign-in refused (rate_limited)']);
  });

  it('keeps the stack of a real fault', () => {
    const lines = logged(new Error('database is locked'));
    expect(lines[0]).toBe('[auth][error] Error: database is locked');
    expect(lines.slice(1).some((l) => /^\s+at /.test(l))).toBe(true);
  });
});
