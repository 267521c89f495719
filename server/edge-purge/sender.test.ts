import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

// A cache that answers purges as the shipped VCL does; `failing` makes it answer 503.
type Seen = { method?: string; headers: IncomingHttpHeaders };
const seen: Seen[] = [];
let failing = false;
const cache = createServer((req, res) => {
  seen.push({ method: req.method, headers: req.headers });
  res.writeHead(failing ? 503 : 200).end();
});
await new Promise<void>((resolve) => cache.listen(0, '127.0.0.1', resolve));
const up = `http://127.0.0.1:${(cache.address() as AddressInfo).port}/`;
// Nothing listens on port 9 (discard) here: a cache that is down.
const down = 'http://127.0.0.1:9/';

throwawayDatabase();
process.env.PURGE_URLS = `${up},${down}`;
process.env.PURGE_SECRET = 'purge-secret-for-tests';
vi.mock('next/server', () => ({
  after: () => {
    throw new Error('outside a request');
  },
}));
const { claimDuePurges, markPurgeDelivered, pendingPurges, queueEdgePurge } =
  await import('@/db/queries/edge-purges');
const { deliverDuePurges } = await import('./sender');
const { purgeEdgeCaches } = await import('./queue');

afterAll(() => cache.close());

const at = (ms: number) => new Date(Date.UTC(2026, 11, 5) + ms);

describe('purge queue', () => {
  it('keeps one row per cache and key set, bumped by each change', () => {
    queueEdgePurge([up], 'all', at(0));
    queueEdgePurge([up], 'all', at(5));
    const rows = pendingPurges();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ target: up, keys: 'all', generation: 1, attempts: 0 });
    expect(rows[0]!.nextAttemptAt).toEqual(at(5));
  });

  it('leases a claimed row, and drops rows for caches no longer configured', () => {
    queueEdgePurge(['http://gone.example/'], 'all', at(0));
    const opts = { limit: 10, leaseMs: 30_000, targets: [up] };
    const claimed = claimDuePurges(at(10), opts);
    expect(claimed.map((r) => [r.target, r.attempts])).toEqual([[up, 1]]);
    expect(claimDuePurges(at(20), opts)).toEqual([]);
    expect(pendingPurges().map((r) => r.target)).toEqual([up]);
    // Past the lease, a worker that died mid-send is presumed gone: another takes it.
    expect(claimDuePurges(at(30_011), opts).map((r) => r.attempts)).toEqual([2]);
  });
});

describe('a change during a send', () => {
  it('keeps the row when a change came while it was being sent', () => {
    queueEdgePurge([up], 'home', at(0));
    const [claimed] = claimDuePurges(at(1), { limit: 10, leaseMs: 30_000, targets: [up] }).filter(
      (r) => r.keys === 'home',
    );
    queueEdgePurge([up], 'home', at(2));
    markPurgeDelivered(claimed!);
    expect(pendingPurges().find((r) => r.keys === 'home')).toMatchObject({
      attempts: 0,
      nextAttemptAt: at(2),
    });
    markPurgeDelivered(pendingPurges().find((r) => r.keys === 'home')!);
    expect(pendingPurges().some((r) => r.keys === 'home')).toBe(false);
  });
});

describe('sending purges', () => {
  it('sends PURGE with the keys and the secret, deletes delivered rows, retries the rest', async () => {
    for (const row of pendingPurges()) queueEdgePurge([row.target], row.keys, at(0));
    purgeEdgeCaches(['all']);
    await deliverDuePurges();
    expect(seen.at(-1)).toMatchObject({
      method: 'PURGE',
      headers: { 'xkey-purge': 'all', 'x-purge-secret': 'purge-secret-for-tests' },
    });
    const left = pendingPurges();
    expect(left.map((r) => r.target)).toEqual([down]);
    expect(left[0]!.lastError).toBeTruthy();
    const wait = left[0]!.nextAttemptAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1_000);
  });

  it('keeps a row whose cache answered an error, and sends it again when due', async () => {
    failing = true;
    const sent = seen.length;
    purgeEdgeCaches(['all']);
    await deliverDuePurges();
    const row = pendingPurges().find((r) => r.target === up);
    expect(row).toMatchObject({ attempts: 1, lastError: expect.stringContaining('503') });
    failing = false;
    await deliverDuePurges(() => new Date(Date.now() + 1_001));
    expect(pendingPurges().map((r) => r.target)).toEqual([down]);
    expect(seen.length).toBe(sent + 2);
  });
});
