// 1. Crash durability: comments acknowledged with a 2xx survive a SIGKILL at a random moment.
import { randomInt } from 'node:crypto';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { postComment, replyId } from '../../bench/comment-api';
import { idsByKey, integrityOf } from '../db-check';
import { freshApp, sleep, type Check, type Test } from '../harness';
import { startWriters, untilAcked, writerComment } from '../writers';

const ROUNDS = 4;
const CLIENTS = 20;

function verify(check: Check, file: string, acked: Map<string, number>, round: number): boolean {
  const found = idsByKey(file, [...acked.keys()]);
  const lost = [...acked].filter(([key, id]) => found.get(key) !== id);
  check.ok(
    lost.length === 0,
    `round ${round}: ${lost.length} acknowledged comments missing or changed, e.g. ${lost
      .slice(0, 3)
      .map(([k]) => k)
      .join(', ')}`,
  );
  const { integrity, foreignKeyProblems } = integrityOf(file);
  check.ok(integrity === 'ok', `round ${round}: integrity_check = ${integrity}`);
  check.ok(
    foreignKeyProblems === 0,
    `round ${round}: foreign_key_check found ${foreignKeyProblems} rows`,
  );
  return lost.length === 0 && integrity === 'ok' && foreignKeyProblems === 0;
}

export const crashTest: Test = {
  name: `crash durability: ${CLIENTS} writers, SIGKILL at a random moment, ${ROUNDS} rounds`,
  run: async (check) => {
    const fixture = await freshApp('crash');
    const acked = new Map<string, number>();
    let survived = 0;
    let sent = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const before = acked.size;
      const writers = startWriters(fixture.app.url, `crash${round}`, acked, CLIENTS);
      await untilAcked(acked, before + CLIENTS, 15_000);
      check.ok(acked.size > before, `round ${round}: no comment was acknowledged before the kill`);
      await sleep(randomInt(0, 1500));
      await fixture.app.stop('SIGKILL');
      await writers.stop();
      sent += writers.sent();
      await fixture.restart();
      if (verify(check, fixture.databasePath, acked, round)) survived++;
    }
    // A client retrying after the crashes gets the comment it already has, not a second one.
    const first = writerComment('crash1', 0, 0);
    if (acked.has(first.idempotencyKey)) {
      const replay = replyId(await postComment(fixture.app.url, SEED_POST_SLUG, first));
      check.ok(
        replay === acked.get(first.idempotencyKey),
        `replaying a key after the crashes gave id ${replay}, expected ${acked.get(first.idempotencyKey)}`,
      );
    }
    const found = idsByKey(fixture.databasePath, [...acked.keys()]).size;
    check.figure(
      `${survived}/${ROUNDS} rounds survived; ${acked.size} comments acknowledged, ${found} found after restarts; ${sent} requests sent`,
    );
    await fixture.app.stop();
  },
};
