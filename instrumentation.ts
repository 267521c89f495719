/**
 * Runs once when the server starts: a missing or bad environment variable (SITE_URL above all)
 * stops it with a message naming the variable, instead of failing later on some request.
 * `next build` loads this too and needs none of them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  const { checkEnvAtStart } = await import('@/lib/env-check');
  checkEnvAtStart();
  // Queued mail (retries, and mail a restart left behind) goes out without waiting for a request.
  const { startMailTimer } = await import('@/server/mail/worker');
  startMailTimer();
  // Purges of HTTP caches in front (PURGE_URLS) that are due for a retry, or left by a restart.
  const { startPurgeTimer } = await import('@/server/edge-purge/timer');
  startPurgeTimer();
}
