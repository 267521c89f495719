// 13. Off the machine: with Litestream replicating to a folder, SIGKILL the app and Litestream in the
// middle of a comment load, delete the database, restore from the replica: every comment acknowledged
// more than the sync interval before the kill is there, and the file passes the integrity check.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { runTs } from '../../bench/server';
import { postComment, replyId } from '../../bench/comment-api';
import { integrityOf, withDb } from '../db-check';
import { clientIp, freshApp, sleep, type Test } from '../harness';

const INTERVAL_MS = 1_000;
const LOAD_MS = 8_000;
const WRITERS = 4;

type Ack = { body: string; at: number };

async function commentLoad(url: string, running: () => boolean): Promise<Ack[]> {
  const acks: Ack[] = [];
  const writer = async (w: number) => {
    for (let n = 0; running(); n++) {
      const body = `Replicated comment ${w}-${n} ${Date.now()}`;
      const reply = await postComment(
        url,
        SEED_POST_SLUG,
        {
          name: 'Replica reader',
          email: 'replica@example.test',
          body,
        },
        { ip: clientIp() },
      ).catch(() => null);
      if (reply && replyId(reply) !== undefined) acks.push({ body, at: Date.now() });
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  return acks;
}

const bodiesIn = (file: string) =>
  new Set(withDb(file, (db) => db.prepare('select body from comments').pluck().all() as string[]));

export const replicaTest: Test = {
  name: 'replica: SIGKILL during a comment load, delete the database, restore from Litestream',
  run: async (check) => {
    const replica = path.resolve('.e2e', `replica-${Date.now()}`);
    const env = { LITESTREAM_REPLICA_URL: replica, LITESTREAM_SYNC_INTERVAL: `${INTERVAL_MS}ms` };
    const fixture = await freshApp('replica', env);
    await sleep(2 * INTERVAL_MS); // the first snapshot
    const killAt = Date.now() + LOAD_MS;
    let killed = false;
    const load = commentLoad(fixture.app.url, () => !killed);
    await sleep(LOAD_MS);
    await fixture.app.stop('SIGKILL'); // the whole process group: both workers and Litestream
    killed = true;
    const acks = await load;
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(fixture.databasePath + suffix, { force: true });
    check.ok(!existsSync(fixture.databasePath), 'the database was not deleted');
    runTs('scripts/reliability/db-restore.ts', { DATABASE_PATH: fixture.databasePath, ...env }, [
      '--from-replica',
    ]);
    const { integrity, foreignKeyProblems } = integrityOf(fixture.databasePath);
    check.ok(
      integrity === 'ok' && !foreignKeyProblems,
      `restored: integrity ${integrity}, ${foreignKeyProblems} FK problems`,
    );
    const stored = bodiesIn(fixture.databasePath);
    const due = acks.filter((a) => a.at < killAt - INTERVAL_MS);
    const missing = due.filter((a) => !stored.has(a.body));
    check.ok(acks.length > 20, `only ${acks.length} comments acknowledged during the load`);
    check.ok(
      missing.length === 0,
      `${missing.length} of ${due.length} comments acknowledged > ${INTERVAL_MS} ms before the kill are missing: ${missing
        .slice(0, 3)
        .map((m) => m.body)
        .join('; ')}`,
    );
    const recent = acks.length - due.length;
    const recentKept = acks.filter(
      (a) => a.at >= killAt - INTERVAL_MS && stored.has(a.body),
    ).length;
    check.figure(
      `${acks.length} acknowledged; all ${due.length} older than ${INTERVAL_MS} ms restored; ${recentKept}/${recent} of the last ${INTERVAL_MS} ms (may be lost)`,
    );
    rmSync(replica, { recursive: true, force: true });
  },
};
