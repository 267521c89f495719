// A purge that fails is tried again soon (a cache restarting), then less often, and never given up:
// with a long EDGE_MAX_AGE an undelivered purge would leave a cache showing old pages for hours.
export const PURGE_RETRY_MS = [1_000, 5_000, 30_000, 120_000, 600_000] as const;

/** When to try again after `attempts` failed attempts (1 = the first one failed). */
export function nextPurgeAttempt(attempts: number, now: Date): Date {
  const delay = PURGE_RETRY_MS[Math.min(Math.max(attempts, 1), PURGE_RETRY_MS.length) - 1]!;
  return new Date(now.getTime() + delay);
}
