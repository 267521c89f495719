import 'server-only';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { throttleEvents } from '@/db/schema';

export type ThrottleResult = { ok: true } | { ok: false; retryAfterSeconds: number };

function check(bucket: string, limit: number, windowMs: number, now: number): ThrottleResult {
  const since = now - windowMs;
  const where = and(eq(throttleEvents.bucket, bucket), gt(throttleEvents.at, since));
  const count = getDb().select({ n: sql<number>`count(*)` }).from(throttleEvents).where(where).get()?.n ?? 0;
  if (count < limit) return { ok: true };
  const oldest = getDb().select({ at: throttleEvents.at }).from(throttleEvents).where(where).orderBy(asc(throttleEvents.at)).limit(1).get();
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((oldest?.at ?? now) + windowMs - now) / 1000)) };
}

/** Whether `bucket` is under `limit` events in the window, without counting this call. */
export function peekThrottle(bucket: string, limit: number, windowMs: number, now = Date.now()): ThrottleResult {
  return check(bucket, limit, windowMs, now);
}

/** Counts one event for `bucket` if it is under the limit; atomic across processes. */
export function takeThrottle(bucket: string, limit: number, windowMs: number, now = Date.now()): ThrottleResult {
  return writeTx(() => {
    const result = check(bucket, limit, windowMs, now);
    if (result.ok) recordThrottle(bucket, now);
    return result;
  });
}

export function recordThrottle(bucket: string, now = Date.now()) {
  const db = getDb();
  db.insert(throttleEvents).values({ bucket, at: now }).run();
  // Old events are useless; prune a little on each write instead of running a job.
  db.delete(throttleEvents).where(lt(throttleEvents.at, now - 86_400_000)).run();
}

export function clearThrottle(bucket: string) {
  getDb().delete(throttleEvents).where(eq(throttleEvents.bucket, bucket)).run();
}
