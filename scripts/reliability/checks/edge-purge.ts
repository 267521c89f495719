// 14. Behind Varnish (the shipped VCL, pages kept an hour by EDGE_MAX_AGE): a comment a moderator
// marks as spam is gone from the very next GETs through Varnish, which had held the pages till then.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { postComment, replyId } from '../../bench/comment-api';
import { freePort } from '../../bench/server';
import { actionId, staff } from '../../bench/staff-actions';
import { BAN_VCL_PATH, startVarnish, VARNISHD, VCL_PATH } from '../../bench/varnish';
import { withDb } from '../db-check';
import { clientIp, DIST, freshApp, sleep, type Check, type Test } from '../harness';

type Seen = { status: number; body: string; cache: string; age: number; control: string };

async function get(url: string): Promise<Seen> {
  const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  return {
    status: res.status,
    body: await res.text(),
    cache: res.headers.get('x-cache') ?? '',
    age: Number(res.headers.get('age') ?? 0),
    control: res.headers.get('cache-control') ?? '',
  };
}

const pendingPurges = (file: string) =>
  withDb(file, (db) => (db.prepare('select count(*) n from edge_purges').get() as { n: number }).n);

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await sleep(25);
    value = await probe();
  }
  return value;
}

/** The app's own answer names its keys and the long edge lifetime. */
async function checkKeys(check: Check, appUrl: string, post: string) {
  const res = await fetch(appUrl + post);
  await res.body?.cancel();
  const xkey = res.headers.get('xkey') ?? '';
  check.ok(
    xkey.split(' ').includes('all') && xkey.includes(`post-${SEED_POST_SLUG}`),
    `the post page says xkey "${xkey}"`,
  );
  check.ok(res.headers.get('cache-tag')?.includes('all,'), 'the post page has no Cache-Tag');
  check.ok(/s-maxage=3600\b/.test(res.headers.get('cache-control') ?? ''), 'EDGE_MAX_AGE unused');
}

export const edgePurgeTest: Test = {
  name: 'behind Varnish: a comment marked spam is gone from the next GET through the cache',
  run: async (check) => {
    if (!VARNISHD) {
      check.figure('SKIPPED: varnishd is not installed (apt-get install varnish varnish-modules)');
      return;
    }
    const secret = randomBytes(16).toString('hex');
    const edgePort = await freePort();
    const fixture = await freshApp('edge-purge', {
      PURGE_URLS: `http://127.0.0.1:${edgePort}/`,
      PURGE_SECRET: secret,
      EDGE_MAX_AGE: '3600',
    });
    withDb(fixture.databasePath, (db) =>
      db.prepare(`update settings set comment_policy = 'approve-all'`).run(),
    );
    const appUrl = fixture.app.url;
    const backendPort = Number(new URL(appUrl).port);
    try {
      // The xkey VCL, then its fallback with bans, on the same port (the one PURGE_URLS names).
      for (const vclPath of [VCL_PATH, BAN_VCL_PATH]) {
        const varnish = await startVarnish({ port: edgePort, backendPort, secret, vclPath });
        try {
          await throughVarnish(
            check,
            fixture.databasePath,
            { app: appUrl, edge: varnish.url },
            vclPath,
          );
        } finally {
          await varnish.stop();
        }
      }
    } finally {
      await fixture.app.stop();
    }
  },
};

/** The check with every message and figure naming the VCL it was made through. */
const labelled = (check: Check, label: string): Check =>
  Object.assign(Object.create(check) as Check, {
    ok: (condition: unknown, message: string) => check.ok(condition, `${label}: ${message}`),
    figure: (text: string) => check.figure(`${label}: ${text}`),
  });

/** Varnish fills, then holds: the next GET of each page is a hit, not a trip to the app. */
async function fillAndHold(check: Check, edgeUrl: string, post: string, text: string) {
  const others = ['/en', '/en/categories/world', '/en/feed.xml'];
  for (const page of [post, ...others]) await get(edgeUrl + page);
  await sleep(1100);
  const held = await get(edgeUrl + post);
  check.ok(held.body.includes(text), 'the post page through Varnish lacks the new comment');
  check.ok(held.cache === 'HIT' && held.age >= 1, `post page: ${held.cache}, Age ${held.age}`);
  for (const page of others) {
    const hit = await get(edgeUrl + page);
    check.ok(hit.cache === 'HIT', `${page} was not held by Varnish (${hit.status} ${hit.cache})`);
  }
  const forged = await fetch(edgeUrl, { method: 'PURGE', headers: { 'xkey-purge': 'all' } });
  check.ok(forged.status === 403, `a PURGE without the secret answered ${forged.status}`);
  check.ok((await get(edgeUrl + post)).cache === 'HIT', 'a PURGE without the secret purged');
}

/** The moderator marks it spam through the admin's server action; the next GETs must lack it. */
async function markSpam(
  check: Check,
  urls: { app: string; edge: string },
  id: number,
  text: string,
) {
  const moderator = await staff(urls.app, 'moderator');
  const moderate = actionId(DIST, 'moderateAction', 'admin/comments');
  const post = `${urls.edge}/en/posts/${SEED_POST_SLUG}`;
  const changedAt = performance.now();
  const result = await moderator.call('/en/admin/comments', moderate, {
    ids: [id],
    action: 'spam',
  });
  const actionMs = Math.round(performance.now() - changedAt);
  check.ok(result.ok, `marking spam failed: ${result.error ?? ''}`);
  const after = await until(
    () => get(post),
    (seen) => !seen.body.includes(text),
    10_000,
  );
  const ms = Math.round(performance.now() - changedAt);
  if (!check.ok(!after.body.includes(text), 'the spam comment is shown through Varnish after 10 s'))
    return;
  check.ok(after.status === 200 && after.cache === 'MISS', `then: ${after.status} ${after.cache}`);
  check.figure(
    `spam comment gone through Varnish ${ms} ms after the action was sent (the action answered in ${actionMs} ms; pages held 1 h)`,
  );
}

async function throughVarnish(
  outer: Check,
  databasePath: string,
  urls: { app: string; edge: string },
  vcl: string,
) {
  const check = labelled(outer, path.basename(vcl));
  const post = `/en/posts/${SEED_POST_SLUG}`;
  const text = `Buy cheap watches ${Date.now()}`;
  const reply = await postComment(
    urls.app,
    SEED_POST_SLUG,
    { name: 'Edge spammer', email: 'edge@example.test', body: text },
    { ip: clientIp() },
  );
  const id = replyId(reply);
  if (!check.ok(id !== undefined, `posting the comment answered ${reply.status}`)) return;
  // The approval purged: wait until it was delivered, so the pages below are fetched after it.
  await until(
    async () => pendingPurges(databasePath),
    (n) => n === 0,
    10_000,
  );
  await checkKeys(check, urls.app, post);
  await fillAndHold(check, urls.edge, post, text);
  await markSpam(check, urls, id!, text);
  check.ok(pendingPurges(databasePath) === 0, 'a delivered purge is still queued');
}
