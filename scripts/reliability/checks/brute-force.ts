// 7. Brute force: sign-in guesses sent in parallel, each claiming a new X-Forwarded-For, get no more
// password checks than the per-account limit, with or without a trusted proxy; nor do comments
// dodge their rate limit with a forged header. Without a trusted proxy (every client one), guesses
// at made-up addresses lock no one else out, and comments meet a site-wide ceiling instead.
import { randomInt } from 'node:crypto';
import { DEMO_ACCOUNTS } from '@/server/seed';
import { SHARED_CLIENT_FACTOR } from '@/lib/comments/rate-limit';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { postComment } from '../../bench/comment-api';
import { withDb } from '../db-check';
import { freshApp, type Check, type Fixture, type Test } from '../harness';

const PARALLEL = 30;
const ACCOUNT_LIMIT = 5;
const COMMENT_LIMIT = 5;
const CLIENT_LIMIT = 20; // sign-in failures per client behind a trusted proxy
const owner = DEMO_ACCOUNTS.find((a) => a.role === 'owner')!;
const moderator = DEMO_ACCOUNTS.find((a) => a.role === 'moderator')!;

type Outcome = 'checked' | 'paused' | 'signed in' | 'other';
const forgedIp = () =>
  `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const cookiesOf = (response: Response) =>
  response.headers.getSetCookie().map((c) => c.split(';')[0]!);

/** One guess through Auth.js's own endpoint: a wrong password is answered `code=credentials` only after its hash was checked. */
async function guess(
  url: string,
  csrf: { token: string; cookie: string },
  password: string,
  ip: string,
  email = owner.email,
): Promise<Outcome> {
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: csrf.cookie,
      origin: url,
      'x-forwarded-for': ip,
    },
    body: new URLSearchParams({
      csrfToken: csrf.token,
      email,
      password,
      callbackUrl: `${url}/en/admin`,
    }),
  });
  const location = response.headers.get('location') ?? '';
  if (cookiesOf(response).some((c) => c.startsWith('authjs.session-token='))) return 'signed in';
  if (location.includes('code=rate_limited')) return 'paused';
  return location.includes('code=credentials') ? 'checked' : 'other';
}

async function csrfOf(url: string) {
  const response = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: cookiesOf(response).join('; ') };
}

const tally = (outcomes: Outcome[]) =>
  Object.fromEntries(
    ['checked', 'paused', 'signed in', 'other'].map((o) => [
      o,
      outcomes.filter((x) => x === o).length,
    ]),
  );

async function signInRounds(check: Check, { app, databasePath }: Fixture, label: string) {
  const csrf = await csrfOf(app.url);
  const wrong = await Promise.all(
    Array.from({ length: PARALLEL }, (_, i) =>
      guess(app.url, csrf, `wrong-guess-${i}`, forgedIp()),
    ),
  );
  const first = tally(wrong);
  check.ok(
    first.checked! <= ACCOUNT_LIMIT,
    `${label}: ${first.checked} of ${PARALLEL} parallel guesses had their password checked`,
  );
  check.ok(
    first.checked! + first.paused! === PARALLEL,
    `${label}: answers ${JSON.stringify(first)}`,
  );
  // The right password among a second wave: the account is paused for everyone, the owner too.
  const right = randomInt(PARALLEL);
  const later = await Promise.all(
    Array.from({ length: PARALLEL }, (_, i) =>
      guess(app.url, csrf, i === right ? owner.password : `later-${i}`, forgedIp()),
    ),
  );
  const second = tally(later);
  check.ok(
    later[right] === 'paused',
    `${label}: the right password after the failures answered "${later[right]}"`,
  );
  check.ok(second.paused === PARALLEL, `${label}: second wave ${JSON.stringify(second)}`);
  const stored = withDb(databasePath, (db) => ({
    slots: (
      db
        .prepare('select count(*) as n from throttle_events where bucket = ?')
        .get(`login-account:${owner.email}`) as { n: number }
    ).n,
    notices: (
      db.prepare("select count(*) as n from audit_log where action = 'auth.lockout'").get() as {
        n: number;
      }
    ).n,
  }));
  check.ok(
    stored.slots <= ACCOUNT_LIMIT,
    `${label}: ${stored.slots} failed attempts counted for the account`,
  );
  check.ok(
    stored.notices === 1,
    `${label}: ${stored.notices} lockout notices for the owner's dashboard`,
  );
  check.figure(
    `${label}: ${2 * PARALLEL} parallel guesses, each with a new X-Forwarded-For → ${first.checked! + second.checked!} password checks, ${stored.notices} lockout notice`,
  );
}

/**
 * Wrong guesses at made-up addresses, all from one client address, then the moderator's right
 * password from that address: refused behind a trusted proxy (that client is paused), accepted
 * without one (no client can be told apart, so no client is paused).
 */
async function sprayRound(check: Check, { app }: Fixture, label: string, trustProxy: boolean) {
  const csrf = await csrfOf(app.url);
  const ip = trustProxy ? `${forgedIp()}, 198.51.100.9` : '198.51.100.9';
  const spray: Outcome[] = [];
  for (let i = 0; i < CLIENT_LIMIT + 5; i++)
    spray.push(await guess(app.url, csrf, 'guess', ip, `nobody-${i}@example.test`));
  const then = await guess(app.url, csrf, moderator.password, ip, moderator.email);
  check.ok(
    then === (trustProxy ? 'paused' : 'signed in'),
    `${label}: after ${spray.length} guesses at made-up addresses the moderator's right password answered "${then}" (${JSON.stringify(tally(spray))})`,
  );
  check.figure(
    `${label}: ${spray.length} guesses at made-up addresses, then the moderator's right password → ${then}`,
  );
}

/**
 * Comments, each with a new forged X-Forwarded-For. Behind a trusted proxy the proxy appends the
 * address it saw (the same here), so only the forged part rotates; without one, nothing counts.
 */
async function commentRound(check: Check, { app }: Fixture, label: string, trustProxy: boolean) {
  const ip = () => (trustProxy ? `${forgedIp()}, 198.51.100.7` : forgedIp());
  // Without a trusted proxy the limit is a site-wide ceiling, SHARED_CLIENT_FACTOR times the per-client one.
  const expected = trustProxy ? COMMENT_LIMIT : COMMENT_LIMIT * SHARED_CLIENT_FACTOR;
  const sent = expected + 7;
  const replies = await Promise.all(
    Array.from({ length: sent }, (_, i) =>
      postComment(
        app.url,
        SEED_POST_SLUG,
        { name: 'Flooder', email: 'flood@example.test', body: `Flood ${i}` },
        { ip: ip() },
      ),
    ),
  );
  const created = replies.filter((r) => r.status === 201).length;
  check.ok(
    created === expected,
    `${label}: ${created} of ${sent} comments stored with a ${COMMENT_LIMIT}/10m limit, ${expected} expected (statuses ${replies.map((r) => r.status).join(', ')})`,
  );
  check.ok(
    replies.every((r) => r.status === 201 || r.status === 429),
    `${label}: only 201 and 429 expected`,
  );
  check.figure(`${label}: ${sent} comments with forged X-Forwarded-For → ${created} stored`);
}

export const bruteForceTest: Test = {
  name: `brute force: ${PARALLEL} parallel sign-ins and a comment flood with rotating X-Forwarded-For, TRUST_PROXY=0 and 1`,
  run: async (check) => {
    for (const trustProxy of ['0', '1'] as const) {
      const label = `TRUST_PROXY=${trustProxy}`;
      const fixture = await freshApp(`brute-${trustProxy}`, {
        TRUST_PROXY: trustProxy,
        COMMENT_RATE_LIMIT: `${COMMENT_LIMIT}/10m`,
      });
      try {
        await signInRounds(check, fixture, label);
        await sprayRound(check, fixture, label, trustProxy === '1');
        await commentRound(check, fixture, label, trustProxy === '1');
      } finally {
        await fixture.app.stop();
      }
    }
  },
};
