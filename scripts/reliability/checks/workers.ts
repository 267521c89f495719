// 12. Two workers: a comment published through one server process is on the very next GET from the
// other, and a worker killed with SIGKILL is replaced while the other keeps answering.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { commentsPath, jsonHeaders } from '../../bench/comment-api';
import { withDb } from '../db-check';
import { clientIp, freshApp, type Test } from '../harness';

const ROUNDS = 10;

type Answer = { status: number; body: string; worker: string | undefined };

/** One request on the given agent's single kept-alive socket. */
function send(
  agent: Agent,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      url,
      { agent, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            worker: res.headers['x-taiyaku-worker'] as string | undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error('timed out')));
    req.end(init.body);
  });
}

type Socket = { agent: Agent; worker: string };

async function socketsOnTwoWorkers(page: string): Promise<[Socket, Socket] | null> {
  for (let tries = 0; tries < 120; tries++) {
    const agents = [0, 1].map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
    const answers = await Promise.all(agents.map((agent) => send(agent, page)));
    const [a, b] = answers.map((answer) => answer.worker);
    if (a && b && a !== b)
      return [
        { agent: agents[0]!, worker: a },
        { agent: agents[1]!, worker: b },
      ];
    for (const agent of agents) agent.destroy();
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

const workerPids = (primary: number) =>
  readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);

export const workersTest: Test = {
  name: `two workers: a write through one is on the next GET from the other (${ROUNDS} rounds), a killed worker is replaced`,
  run: async (check) => {
    const fixture = await freshApp('workers', { WEB_CONCURRENCY: '2' });
    withDb(fixture.databasePath, (db) =>
      db.prepare(`update settings set comment_policy = 'approve-all'`).run(),
    );
    const { url } = fixture.app;
    const page = `${url}/en/posts/${SEED_POST_SLUG}`;
    // Each agent keeps to one kept-alive socket, so to one worker (x-taiyaku-worker says which);
    // node:cluster hands new connections out in turn, once both workers listen.
    const sockets = await socketsOnTwoWorkers(page);
    check.ok(sockets, 'no two connections reached different workers within 60 s');
    if (!sockets) return void (await fixture.app.stop());
    for (let round = 0; round < ROUNDS; round++) {
      const [writer, reader] = round % 2 ? [sockets[1]!, sockets[0]!] : [sockets[0]!, sockets[1]!];
      // The reader's worker has the page cached before the write.
      await send(reader.agent, page);
      const text = `Seen from the other worker, round ${round} ${Date.now()}`;
      const posted = await send(writer.agent, url + commentsPath(SEED_POST_SLUG), {
        method: 'POST',
        headers: jsonHeaders(url, clientIp()),
        body: JSON.stringify({ name: 'Worker reader', email: 'workers@example.test', body: text }),
      });
      check.ok(
        posted.status === 201 && posted.worker === writer.worker,
        `round ${round}: comment answered ${posted.status} from worker ${posted.worker}`,
      );
      const next = await send(reader.agent, page);
      check.ok(
        next.worker === reader.worker && next.body.includes(text),
        `round ${round}: the next GET on the other socket does not show the comment`,
      );
    }
    for (const { agent } of sockets) agent.destroy();

    const before = workerPids(fixture.app.pid);
    check.ok(before.length === 2, `${before.length} worker processes, not 2`);
    process.kill(before[0]!, 'SIGKILL');
    let after: number[] = [];
    for (let tries = 0; tries < 120 && after.length < 2; tries++) {
      // A socket the dead worker held fails once; a new one must be answered.
      const status = await fetch(`${url}/en`)
        .catch(() => fetch(`${url}/en`))
        .then((r) => r.status);
      check.ok(status === 200, `a GET while a worker is replaced answered ${status}`);
      await new Promise((r) => setTimeout(r, 500));
      const now = workerPids(fixture.app.pid);
      if (now.length === 2 && !now.includes(before[0]!)) after = now;
    }
    check.ok(after.length === 2, 'the killed worker was not replaced within 60 s');
    check.figure(
      `${ROUNDS} cross-worker writes, each on the next GET; worker ${before[0]} → ${after.find((p) => !before.includes(p))}`,
    );
    await fixture.app.stop();
  },
};
