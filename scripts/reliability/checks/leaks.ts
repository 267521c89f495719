// 4. Leaks: what only moderators may see (held comments, every commenter's email) never reaches a public response.
import { randomUUID } from 'node:crypto';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { postComment, replyId } from '../../bench/comment-api';
import { findCommentForm, submitForm } from '../action-form';
import { publicRoutes } from '../crawl';
import { withDb } from '../db-check';
import { clientIp, freshApp, pool, type Check, type Test } from '../harness';

/** Strings no public response may contain: every stored email and the text of every comment not approved. */
function secrets(file: string, marker: string): string[] {
  return withDb(file, (db) => {
    const emails = db.prepare('select distinct author_email as s from comments').all() as Array<{
      s: string;
    }>;
    const hidden = db
      .prepare("select body as s from comments where status <> 'approved' and length(body) >= 12")
      .all() as Array<{ s: string }>;
    return [marker, ...emails.map((r) => r.s), ...hidden.map((r) => r.s)];
  });
}

/** `echoed`: a search query the page may repeat back (raw or URL-encoded), which is not a leak. */
function scan(
  check: Check,
  label: string,
  text: string,
  forbidden: string[],
  echoed?: string | null,
) {
  let lower = text.toLowerCase();
  for (const echo of echoed
    ? [echoed, encodeURIComponent(echoed), new URLSearchParams({ q: echoed }).toString().slice(2)]
    : []) {
    lower = lower.replaceAll(echo.toLowerCase(), '');
  }
  const found = forbidden.filter((s) => lower.includes(s.toLowerCase()));
  check.ok(
    found.length === 0,
    `${label} contains ${found.map((s) => JSON.stringify(s.slice(0, 60))).join(', ')}`,
  );
}

/** Posts the held comment (marker in name and body) and an approved one; returns the secrets to look for. */
async function arrange(url: string, file: string) {
  const marker = `LEAKMARK${randomUUID().replaceAll('-', '')}`;
  const held = await postComment(
    url,
    SEED_POST_SLUG,
    {
      name: `Held ${marker}`,
      email: `held-${marker}@example.test`.toLowerCase(),
      body: `Pending text ${marker}`,
    },
    { ip: clientIp() },
  );
  const shown = await postComment(
    url,
    SEED_POST_SLUG,
    {
      name: 'Shown reader',
      email: `shown-${marker}@example.test`.toLowerCase(),
      body: 'An approved comment whose email stays private.',
    },
    { ip: clientIp() },
  );
  withDb(file, (db) =>
    db.prepare("update comments set status = 'approved' where id = ?").run(replyId(shown) ?? -1),
  );
  return { marker, held: replyId(held), shown: replyId(shown) };
}

export const leaksTest: Test = {
  name: 'leaks: held comments and emails stay out of pages, RSC payloads, API, feeds, sitemap and search',
  run: async (check) => {
    const fixture = await freshApp('leaks');
    const { marker, held, shown } = await arrange(fixture.app.url, fixture.databasePath);
    check.ok(held && shown, `could not create the test comments (ids ${held}, ${shown})`);
    const app = await fixture.restart(); // caches start empty, with the approved comment in place
    const forbidden = secrets(fixture.databasePath, marker);
    const routes = await publicRoutes(app.url, [
      marker,
      `held-${marker}@example.test`.toLowerCase(),
      `Held ${marker}`,
    ]);
    const statuses = await pool(routes, 4, async (route) => {
      const query = new URL(route, app.url).searchParams.get('q');
      const plain = await fetch(app.url + route, { redirect: 'manual' });
      scan(check, `GET ${route}`, await plain.text(), forbidden, query);
      const rsc = await fetch(app.url + route, { redirect: 'manual', headers: { rsc: '1' } });
      scan(check, `GET ${route} (RSC: 1)`, await rsc.text(), forbidden, query);
      return plain.status;
    });
    // A reader's own form post renders the page back to them: it must hold no one else's secrets.
    const page = `${app.url}/en/posts/${SEED_POST_SLUG}`;
    const form = findCommentForm(await (await fetch(page)).text(), page);
    if (check.ok(form, 'no comment form on the post page')) {
      const reply = await submitForm(form!, app.url, clientIp(), {
        values: {
          name: 'Another reader',
          email: 'another@example.test',
          body: 'Posting without JavaScript.',
        },
      });
      scan(
        check,
        'the comment form post answer',
        reply.text,
        forbidden.filter((s) => s !== 'another@example.test'),
      );
    }
    check.figure(
      `${forbidden.length} secrets looked for in ${routes.length} routes × 2 (HTML and RSC) + 1 form answer`,
    );
    const tally = statuses.reduce<Record<string, number>>(
      (t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }),
      {},
    );
    const counts = Object.entries(tally).map(([status, n]) => `${status} ×${n}`);
    check.figure(
      `statuses: ${counts.join(', ')}; paths (each also with its query variants): ${[...new Set(routes.map((r) => r.split('?')[0]))].join(' ')}`,
    );
    await app.stop();
  },
};
