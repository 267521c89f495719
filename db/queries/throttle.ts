import 'server-only';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { getDb, writeTx, type Tx } from '@/db';
import type { Db } from '@/db/connection';
import { throttleEvents } from '@/db/schema';

export type ThrottleResult = { ok: true } | { ok: false; retryAfterSeconds: number };
export type Limit = { bucket: string; limit: number; windowMs: number };
export type SlotsResult = { ok: true; ids: number[] } | { ok: false; retryAfterSeconds: number };

function check(db: Tx | Db, { bucket, limit, windowMs }: Limit, now: number): ThrottleResult {
  const { count, oldestAt } = windowState(bucket, windowMs, now, db);
  if (count < limit) return { ok: true };
  return {
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil(((oldestAt ?? now) + windowMs - now) / 1000)),
  };
}

/** How many events `bucket` has in the window that ends now, and when the oldest of them was. */
export function windowState(
  bucket: string,
  windowMs: number,
  now = Date.now(),
  db: Tx | Db = getDb(),
): { count: number; oldestAt: number | null } {
  const row = db
    .select({
      count: sql<number>`count(*)`,
      oldestAt: sql<number | null>`min(${throttleEvents.at})`,
    })
    .from(throttleEvents)
    .where(and(eq(throttleEvents.bucket, bucket), gt(throttleEvents.at, now - windowMs)))
    .get();
  return { count: row?.count ?? 0, oldestAt: row?.oldestAt ?? null };
}

/**
 * Counts one event for the limit's bucket if it is under the limit, in the caller's write
 * transaction: atomic across processes, and rolled back with whatever else that transaction does.
 */
export function takeThrottle(tx: Tx, limit: Limit, now = Date.now()): ThrottleResult {
  const result = takeSlotsIn(tx, [limit], now);
  return result.ok ? { ok: true } : { ok: false, retryAfterSeconds: result.retryAfterSeconds };
}

function takeSlotsIn(tx: Tx, limits: Limit[], now: number): SlotsResult {
  const waits = limits.map((l) => check(tx, l, now)).map((r) => (r.ok ? 0 : r.retryAfterSeconds));
  if (waits.some((w) => w > 0)) return { ok: false, retryAfterSeconds: Math.max(...waits) };
  return { ok: true, ids: limits.map((l) => recordThrottle(tx, l.bucket, now)) };
}

/**
 * One event in every bucket, or none when any is full: checked and written in one BEGIN IMMEDIATE
 * transaction, so callers racing in parallel can never take more than the limit between them.
 */
export function takeSlots(limits: Limit[], now = Date.now()): SlotsResult {
  return writeTx((tx) => takeSlotsIn(tx, limits, now));
}

/** Gives slots back (an attempt that turned out not to count, such as a successful sign-in). */
export function releaseSlots(ids: number[]) {
  if (ids.length)
    writeTx(() => getDb().delete(throttleEvents).where(inArray(throttleEvents.id, ids)).run());
}

function recordThrottle(tx: Tx, bucket: string, now: number): number {
  const { id } = tx
    .insert(throttleEvents)
    .values({ bucket, at: now })
    .returning({ id: throttleEvents.id })
    .get();
  // Old events are useless; prune a little on each write instead of running a job.
  tx.delete(throttleEvents)
    .where(lt(throttleEvents.at, now - 86_400_000))
    .run();
  return id;
}
