// 3. Bad input: the corpus through the JSON API and the comment form's server action. No 5xx, an answer
// to each, the server stays up, nothing stored that the schema forbids, and nothing runs when shown.
// How fast the answers come is measured by `npm run bench` (bench/bad-input-time.ts), not asserted here.
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { commentsPath, postComment, type Reply } from '../../bench/comment-api';
import { findCommentForm, submitForm, withoutNulls } from '../action-form';
import { fieldInputs } from '../corpus';
import { apiRequests, formSubmissions, type RawRequest, type Targets } from '../corpus-requests';
import { commentsAfter, maxCommentId, postId, withDb } from '../db-check';
import { clientIp, freshApp, pool, type Check, type Test } from '../harness';
import { renderStored, storedProblems } from './stored';

type Attempt = { label: string; send: () => Promise<Reply> };

function targetsOf(file: string, pendingCommentId: number): Targets {
  return withDb(file, (db) => {
    const slug = (where: string) =>
      (db.prepare(`select slug from posts where ${where} limit 1`).get() as { slug: string }).slug;
    const other = db
      .prepare(
        'select c.id, c.post_id from comments c join posts p on p.id = c.post_id where p.slug <> ? limit 1',
      )
      .get(SEED_POST_SLUG) as { id: number; post_id: number };
    return {
      draftSlug: slug("status = 'draft'"),
      scheduledSlug: slug(`status = 'published' and published_at > ${Date.now()}`),
      otherPostCommentId: other.id,
      otherPostId: other.post_id,
      pendingCommentId,
    };
  });
}

/** Bytes, not a string, so fetch adds no Content-Type of its own. */
async function sendRaw(baseUrl: string, request: RawRequest): Promise<Reply> {
  const started = performance.now();
  const headers = withoutNulls({
    'content-type': 'application/json',
    origin: baseUrl,
    'x-forwarded-for': clientIp(),
    ...request.headers,
  });
  const body =
    typeof request.body === 'string' ? new TextEncoder().encode(request.body) : request.body;
  const url = baseUrl + commentsPath(request.slug ?? SEED_POST_SLUG);
  const response = await fetch(url, {
    method: request.method ?? 'POST',
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  return {
    status: response.status,
    ms: performance.now() - started,
    json: null,
    text: await response.text(),
  };
}

/** Sends every attempt and checks each is answered without a server error. */
async function sendAll(check: Check, attempts: Attempt[]) {
  const statuses: Record<string, number> = {};
  let slowest = 0;
  await pool(attempts, 4, async ({ label, send }) => {
    const reply = await send().catch((error: unknown) => ({
      status: 0,
      ms: 0,
      json: null,
      text: String(error),
    }));
    statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
    slowest = Math.max(slowest, reply.ms);
    check.ok(reply.status !== 0, `${label}: no answer (${reply.text.slice(0, 200)})`);
    check.ok(reply.status < 500, `${label}: ${reply.status} ${reply.text.slice(0, 200)}`);
  });
  return { statuses, slowest };
}

async function attempts(url: string, file: string): Promise<{ api: Attempt[]; action: Attempt[] }> {
  const pending = await postComment(url, SEED_POST_SLUG, {
    name: 'Held',
    email: 'held@example.test',
    body: 'A held comment to reply to.',
  });
  const targets = targetsOf(file, (pending.json as { id: number }).id);
  const fields = fieldInputs();
  const api = [
    ...fields.map((f) => ({
      label: `API ${f.label}`,
      send: () => postComment(url, SEED_POST_SLUG, f.values, { ip: clientIp() }),
    })),
    ...apiRequests(targets).map((r) => ({ label: `API ${r.label}`, send: () => sendRaw(url, r) })),
  ];
  const page = `${url}/en/posts/${SEED_POST_SLUG}`;
  const form = findCommentForm(await (await fetch(page)).text(), page);
  if (!form) return { api, action: [] };
  const action = [
    ...fields.map((f) => ({
      label: `action ${f.label}`,
      send: () => submitForm(form, url, clientIp(), { values: f.values }),
    })),
    ...formSubmissions(targets, form).map((s) => ({
      label: `action ${s.label}`,
      send: () => submitForm(form, url, clientIp(), s),
    })),
  ];
  return { api, action };
}

export const badInputTest: Test = {
  name: 'bad input: hostile corpus through the JSON API and the comment server action',
  run: async (check) => {
    const fixture = await freshApp('bad-input');
    const file = fixture.databasePath;
    const before = maxCommentId(file);
    const { api, action } = await attempts(fixture.app.url, file);
    check.ok(action.length > 0, 'no comment form with a server action on the post page');
    const results = await sendAll(check, [...api, ...action]);
    check.ok(fixture.app.isRunning(), `the server died: ${fixture.app.stderr().slice(-500)}`);
    check.ok(
      (await fetch(`${fixture.app.url}/en`)).status === 200,
      'the home page does not answer 200 after the corpus',
    );
    const stored = commentsAfter(file, before);
    for (const problem of storedProblems(stored, postId(file, SEED_POST_SLUG)))
      check.ok(false, problem);
    check.figure(
      `${api.length} inputs to the API, ${action.length} to the server action; statuses ${JSON.stringify(results.statuses)}; slowest ${results.slowest.toFixed(0)} ms (timed by npm run bench)`,
    );
    check.figure(`${stored.length} comments stored, all checked against the comment schema`);
    await renderStored(check, fixture, stored);
    await fixture.app.stop();
  },
};
