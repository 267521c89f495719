import 'server-only';
import { nextScheduledAt } from '@/db/queries/posts';
import { env } from '@/lib/env';
import { ALL } from '@/serving/edge.mjs';
import { purgeEdgeCaches } from './queue';
import { deliverDuePurges } from './sender';

const POLL_MS = 2_000;
const holder = globalThis as unknown as { __taiyakuPurgeTimer?: NodeJS.Timeout };

/**
 * A scheduled post going public changes every page with no request to say so (the page cache
 * drops its pages at that time by itself): caches in front are purged when the time has passed.
 */
export function scheduledPostWatch(clock: () => Date = () => new Date()): () => void {
  let last = clock();
  return () => {
    const now = clock();
    // Asked every tick: a post scheduled meanwhile, sooner than the one known, counts too.
    const next = nextScheduledAt(last);
    if (next && next <= now) purgeEdgeCaches([ALL]);
    last = now;
  };
}

/**
 * In the server process with PURGE_URLS: purges due for a retry (or left by a restart) go out on
 * their own. Like the mail timer, one worker polls (TAIYAKU_MAIL_TIMER, serving/primary.mjs); every
 * worker still sends what its own requests queue, and the claim keeps each row to one sender.
 */
export function startPurgeTimer(): void {
  if (holder.__taiyakuPurgeTimer || process.env.TAIYAKU_MAIL_TIMER === '0') return;
  if (!env().PURGE_URLS?.length) return;
  const scheduled = scheduledPostWatch();
  const tick = () => {
    try {
      scheduled();
    } catch (error) {
      console.error(`Cache purge timer: ${error instanceof Error ? error.message : String(error)}`);
    }
    void deliverDuePurges();
  };
  tick();
  holder.__taiyakuPurgeTimer = setInterval(tick, POLL_MS);
  holder.__taiyakuPurgeTimer.unref();
}
