import 'server-only';
import { and, asc, eq, lte, notInArray, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { edgePurges, type EdgePurgeRow } from '@/db/schema';

/**
 * Owes each cache in `targets` a purge of `keys` (space-separated), due now. One row per cache
 * and key set: a change while a row waits (or is being sent) only bumps its generation and makes
 * it due at once, so a burst of changes costs one request per cache, not one per change.
 */
export function queueEdgePurge(targets: readonly string[], keys: string, now = new Date()) {
  if (!targets.length) return;
  writeTx((tx) => {
    for (const target of targets)
      tx.insert(edgePurges)
        .values({ target, keys, nextAttemptAt: now })
        .onConflictDoUpdate({
          target: [edgePurges.target, edgePurges.keys],
          set: {
            generation: sql`${edgePurges.generation} + 1`,
            attempts: 0,
            nextAttemptAt: now,
          },
        })
        .run();
  });
}

/**
 * Takes up to `limit` due purges: each gets an attempt counted and its next attempt pushed past
 * `leaseMs`, so another worker leaves it alone meanwhile. Rows for caches no longer configured
 * are dropped: nobody would ever take them.
 */
export function claimDuePurges(
  now: Date,
  { limit, leaseMs, targets }: { limit: number; leaseMs: number; targets: readonly string[] },
): EdgePurgeRow[] {
  return writeTx((tx) => {
    tx.delete(edgePurges)
      .where(notInArray(edgePurges.target, [...targets]))
      .run();
    const due = tx
      .select()
      .from(edgePurges)
      .where(lte(edgePurges.nextAttemptAt, now))
      .orderBy(asc(edgePurges.nextAttemptAt), asc(edgePurges.id))
      .limit(limit)
      .all();
    for (const row of due)
      tx.update(edgePurges)
        .set({ attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + leaseMs) })
        .where(eq(edgePurges.id, row.id))
        .run();
    return due.map((row) => ({ ...row, attempts: row.attempts + 1 }));
  });
}

/** Delivered: the row goes, unless a change bumped it meanwhile (then it is sent again). */
export function markPurgeDelivered(row: Pick<EdgePurgeRow, 'id' | 'generation'>) {
  writeTx((tx) =>
    tx
      .delete(edgePurges)
      .where(and(eq(edgePurges.id, row.id), eq(edgePurges.generation, row.generation)))
      .run(),
  );
}

/** Failed: tried again at `retryAt`, unless a change bumped the row meanwhile (then it is due now). */
export function markPurgeFailed(
  row: Pick<EdgePurgeRow, 'id' | 'generation'>,
  error: string,
  retryAt: Date,
) {
  writeTx((tx) =>
    tx
      .update(edgePurges)
      .set({ lastError: error.slice(0, 1000), nextAttemptAt: retryAt })
      .where(and(eq(edgePurges.id, row.id), eq(edgePurges.generation, row.generation)))
      .run(),
  );
}

/** Every purge still owed (for tests and the operator). */
export function pendingPurges(): EdgePurgeRow[] {
  return getDb().select().from(edgePurges).orderBy(asc(edgePurges.id)).all();
}
