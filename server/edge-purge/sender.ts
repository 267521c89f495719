import 'server-only';
import { after } from 'next/server';
import { claimDuePurges, markPurgeDelivered, markPurgeFailed } from '@/db/queries/edge-purges';
import type { EdgePurgeRow } from '@/db/schema';
import { nextPurgeAttempt } from '@/lib/edge/retry';
import { env } from '@/lib/env';

const BATCH = 20;
// A claimed purge is left alone this long: past it, a worker that died mid-send is presumed gone.
const LEASE_MS = 30_000;
const TIMEOUT_MS = 5_000;

const errorText = (error: unknown) =>
  error instanceof Error ? error.message || error.name : String(error);

/**
 * One purge request, as the shipped VCL (docs/varnish/taiyaku.vcl) takes it: `PURGE` with the keys
 * in `xkey-purge` and the shared secret. Anything but a 2xx is a failure, retried.
 */
export async function sendPurge(row: Pick<EdgePurgeRow, 'target' | 'keys'>, secret: string) {
  const res = await fetch(row.target, {
    method: 'PURGE',
    headers: { 'xkey-purge': row.keys, 'x-purge-secret': secret },
    signal: AbortSignal.timeout(TIMEOUT_MS),
    redirect: 'manual',
  });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`${row.target} answered ${res.status} ${res.statusText}`);
}

async function drain(now: () => Date): Promise<number> {
  const { PURGE_URLS: targets = [], PURGE_SECRET: secret = '' } = env();
  let sent = 0;
  for (;;) {
    const due = claimDuePurges(now(), { limit: BATCH, leaseMs: LEASE_MS, targets });
    if (!due.length) return sent;
    // Each cache on its own: one that is down does not hold up the others.
    const results = await Promise.allSettled(due.map((row) => sendPurge(row, secret)));
    results.forEach((result, i) => {
      const row = due[i]!;
      if (result.status === 'fulfilled') {
        markPurgeDelivered(row);
        sent++;
      } else markPurgeFailed(row, errorText(result.reason), nextPurgeAttempt(row.attempts, now()));
    });
  }
}

let running: Promise<number> | null = null;
let again = false;

/**
 * Sends every purge that is due, one run at a time in this process; a call during a run makes it
 * look again when done (a purge queued meanwhile is not left for the timer). Never rejects.
 */
export function deliverDuePurges(now: () => Date = () => new Date()): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  running = drain(now)
    .catch((error: unknown) => {
      console.error(`Cache purge stopped: ${errorText(error)}`);
      return 0;
    })
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        void deliverDuePurges(now);
      }
    });
  return running;
}

/** After the response of the request that changed something: it never waits for the caches. */
export function schedulePurgeDelivery(): void {
  try {
    after(() => deliverDuePurges());
  } catch {
    // Outside a request (a script): send in the background.
    void deliverDuePurges();
  }
}
