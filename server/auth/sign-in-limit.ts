import 'server-only';
import { releaseSlots, takeSlots, windowState, type SlotsResult } from '@/db/queries/throttle';
import { normalizeEmail, noteLockout } from '@/db/queries/users';
import { clientAddress, proxyTrusted } from '@/server/request-meta';

/** Failed sign-ins per account in the window: then the account waits, whoever tries. */
export const ACCOUNT_LIMIT = 5;
/** Failed sign-ins per client across accounts; applied only behind a trusted proxy (see `beginSignIn`). */
export const CLIENT_LIMIT = 20;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

// Unknown addresses are counted too, so a pause says nothing about whether an account exists.
const accountBucket = (email: string) => `login-account:${normalizeEmail(email)}`;
const clientBucket = (headers: Headers) => `login-client:${clientAddress(headers, true)}`;

/**
 * Takes this attempt's place in the limits before any password is hashed, in one IMMEDIATE
 * transaction: parallel attempts cannot all pass a check and hash afterwards. Until
 * `signInSucceeded` gives the place back, the attempt counts as a failure.
 *
 * The per-client limit needs a trusted proxy: without one every client is the same one, and a
 * stranger's guesses at made-up addresses would lock every staff member out. The per-account
 * limit holds either way.
 */
export function beginSignIn(
  email: string,
  headers: Headers,
  now = Date.now(),
  trustProxy = proxyTrusted(),
): SlotsResult {
  const account = {
    bucket: accountBucket(email),
    limit: ACCOUNT_LIMIT,
    windowMs: SIGN_IN_WINDOW_MS,
  };
  const client = {
    bucket: clientBucket(headers),
    limit: CLIENT_LIMIT,
    windowMs: SIGN_IN_WINDOW_MS,
  };
  return takeSlots(trustProxy ? [account, client] : [account], now);
}

/** A right password: its place is given back, so signing in never uses up the limit. */
export function signInSucceeded(attempt: { ids: number[] }) {
  releaseSlots(attempt.ids);
}

/**
 * A wrong password (the place stays taken). Once an existing account has reached its limit, the
 * owner's dashboard is told when sign-in resumes; the pause ends by itself, it never locks for good.
 */
export function signInFailed(email: string, userId: number | null, now = Date.now()): boolean {
  if (userId === null) return false;
  const { count, oldestAt } = windowState(accountBucket(email), SIGN_IN_WINDOW_MS, now);
  if (count < ACCOUNT_LIMIT) return false;
  return noteLockout({
    userId,
    failures: count,
    until: (oldestAt ?? now) + SIGN_IN_WINDOW_MS,
    since: now - SIGN_IN_WINDOW_MS,
  });
}
