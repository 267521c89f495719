// How many server processes `npm start` runs: WEB_CONCURRENCY, else one per core. Each is a full
// Next server with its own page cache; they share the one SQLite file (WAL), and every rule that
// must hold across them lives in the database (rate limits, sign-in limits, the mail claim) or is
// checked per request against it (the page cache's PRAGMA data_version, state.mjs).

export const MAX_WORKERS = 64;

/**
 * @param {string | undefined} setting WEB_CONCURRENCY as given
 * @param {number} cores os.availableParallelism()
 * @returns {number}
 */
export function workerCount(setting, cores) {
  if (setting === undefined || setting.trim() === '')
    return Math.max(1, Math.min(cores, MAX_WORKERS));
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS)
    throw new Error(
      `WEB_CONCURRENCY must be a whole number from 1 to ${MAX_WORKERS} (the number of server processes), not "${setting}"`,
    );
  return count;
}
