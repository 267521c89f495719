import 'server-only';
import { getDb, writeTx, type Tx } from '@/db';
import type { Db } from '@/db/connection';
import { isUniqueViolation } from '@/db/queries/comments';
import { takeThrottle, type Limit } from '@/db/queries/throttle';

export type RateLimited = { ok: false; error: 'rateLimited'; retryAfterSeconds: number };

/**
 * A reader submission's write, once per idempotency key: `store` runs in one BEGIN IMMEDIATE
 * transaction; should two writers still race on the key's unique index, the loser answers what
 * `replay` reads of the winner's row instead of an error. Comments and suggestions both use it.
 */
export function writeOnce<R>(store: (tx: Tx) => R, replay: (db: Db) => R | undefined): R {
  try {
    return writeTx(store);
  } catch (error) {
    const replayed = isUniqueViolation(error) ? replay(getDb()) : undefined;
    if (!replayed) throw error;
    return replayed;
  }
}

/**
 * Takes one slot of the submission's bucket in the caller's transaction (none without a bucket).
 * Called after the replay check, so retries of one submission use up a single slot.
 */
export function refusedByThrottle(tx: Tx, throttle: Limit | null): RateLimited | null {
  if (!throttle) return null;
  const taken = takeThrottle(tx, throttle);
  return taken.ok
    ? null
    : { ok: false, error: 'rateLimited', retryAfterSeconds: taken.retryAfterSeconds };
}
