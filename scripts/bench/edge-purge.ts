// Purge latency behind Varnish (docs/varnish/taiyaku.vcl, pages held an hour by EDGE_MAX_AGE): a
// moderator's change, then GETs through Varnish until the first one shows it. Its own server on the
// bench database, with PURGE_URLS; only when varnishd is installed.
import { randomBytes } from 'node:crypto';
import { postComment, replyId } from './comment-api';
import type { FreshContext } from './fresh-staff';
import type { Check } from './freshness';
import { freePort, startApp } from './server';
import { actionId, staff } from './staff-actions';
import { startVarnish } from './varnish';

const ROUNDS = 5;
type Seen = { body: string; cache: string };
type Timing = { shownMs: number; goneMs: number; heldBefore: boolean };

const get = async (url: string): Promise<Seen> => {
  const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  return { body: await res.text(), cache: res.headers.get('x-cache') ?? '' };
};

/** Milliseconds from `change` being sent until a GET of `url` passes `fresh` (-1 after 10 s). */
async function latency(url: string, change: () => Promise<boolean>, fresh: (s: Seen) => boolean) {
  const started = performance.now();
  if (!(await change())) throw new Error('the change failed');
  while (performance.now() - started < 10_000) {
    if (fresh(await get(url))) return Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, 10));
  }
  return -1;
}

async function rounds(ctx: FreshContext, appUrl: string, edgeUrl: string): Promise<Timing[]> {
  const moderator = await staff(appUrl, 'moderator');
  const moderate = actionId(ctx.distDir, 'moderateAction', 'admin/comments');
  const page = `${edgeUrl}/ja/posts/${ctx.slug}`;
  const timings: Timing[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const text = `edge-purge-${ctx.run}-${round}`;
    const reply = await postComment(appUrl, ctx.slug, {
      name: 'Edge reader',
      email: 'edge@bench.example',
      body: `Held ${text}`,
    });
    const id = replyId(reply);
    if (id === undefined) throw new Error(`posting failed: ${reply.status}`);
    const act = (action: string) => async () =>
      (await moderator.call('/ja/admin/comments', moderate, { ids: [id], action })).ok;
    await get(page);
    const shownMs = await latency(page, act('approve'), (s) => s.body.includes(text));
    const heldBefore = (await get(page)).cache === 'HIT';
    const goneMs = await latency(page, act('spam'), (s) => !s.body.includes(text));
    timings.push({ shownMs, goneMs, heldBefore });
  }
  return timings;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

export async function edgePurgeCheck(
  ctx: FreshContext,
  databasePath: string,
  env: Record<string, string>,
): Promise<Check> {
  const name = `Approve, then mark spam, a comment behind Varnish (${ROUNDS} rounds, held 1 h)`;
  const secret = randomBytes(16).toString('hex');
  const edgePort = await freePort();
  const app = await startApp({
    distDir: ctx.distDir,
    databasePath,
    env: {
      ...env,
      WEB_CONCURRENCY: '2',
      PURGE_URLS: `http://127.0.0.1:${edgePort}/`,
      PURGE_SECRET: secret,
      EDGE_MAX_AGE: '3600',
    },
  });
  const backendPort = Number(new URL(app.url).port);
  const varnish = await startVarnish({ port: edgePort, backendPort, secret }).catch(
    async (error: unknown) => {
      await app.stop();
      throw error;
    },
  );
  try {
    const timings = await rounds(ctx, app.url, varnish.url);
    const shown = timings.map((t) => t.shownMs);
    const gone = timings.map((t) => t.goneMs);
    const ok = [...shown, ...gone].every((ms) => ms >= 0) && timings.every((t) => t.heldBefore);
    return {
      name,
      ok,
      detail:
        `first fresh GET through Varnish after the action was sent: shown median ${median(shown)} ms ` +
        `(${shown.join(', ')}), gone median ${median(gone)} ms (${gone.join(', ')}); ` +
        `Varnish HIT before each spam: ${timings.every((t) => t.heldBefore) ? 'yes' : 'NO'}`,
    };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await varnish.stop();
    await app.stop();
  }
}
