import 'server-only';
import { queueEdgePurge } from '@/db/queries/edge-purges';
import { env } from '@/lib/env';
import { schedulePurgeDelivery } from './sender';

/**
 * Owes every cache in PURGE_URLS a purge of `keys`, kept in the database until delivered (a crash
 * or a cache that is down loses nothing), and sends it after this response. Without PURGE_URLS
 * nothing is queued.
 */
export function purgeEdgeCaches(keys: readonly string[]): void {
  const targets = env().PURGE_URLS;
  if (!targets?.length || !keys.length) return;
  queueEdgePurge(targets, [...new Set(keys)].sort().join(' '));
  schedulePurgeDelivery();
}
