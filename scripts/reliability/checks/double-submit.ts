// 2. Double submit: one idempotency key sent ten times at once stores one comment, and every answer names it.
import { randomUUID } from 'node:crypto';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { postComment, replyId } from '../../bench/comment-api';
import { withDb } from '../db-check';
import { clientIp, freshApp, type Test } from '../harness';

const COPIES = 10;
const ROUNDS = 5;

export const doubleSubmitTest: Test = {
  name: `double submit: the same key ${COPIES}× at once, ${ROUNDS} times`,
  run: async (check) => {
    const fixture = await freshApp('double');
    for (let round = 1; round <= ROUNDS; round++) {
      const key = `double-${randomUUID()}`;
      const body = {
        name: 'Impatient reader',
        email: 'twice@example.test',
        body: `Did this go through? (${round})`,
        idempotencyKey: key,
      };
      const ip = clientIp();
      const replies = await Promise.all(
        Array.from({ length: COPIES }, () =>
          postComment(fixture.app.url, SEED_POST_SLUG, body, { ip }),
        ),
      );
      const ids = new Set(replies.map(replyId));
      check.ok(
        replies.every((r) => r.status >= 200 && r.status < 300),
        `round ${round}: statuses ${replies.map((r) => r.status).join(', ')}`,
      );
      check.ok(ids.size === 1 && !ids.has(undefined), `round ${round}: ids ${[...ids].join(', ')}`);
      const rows = withDb(
        fixture.databasePath,
        (db) =>
          db.prepare('select id from comments where idempotency_key = ?').all(key) as Array<{
            id: number;
          }>,
      );
      check.ok(
        rows.length === 1 && ids.has(rows[0]!.id),
        `round ${round}: ${rows.length} rows stored for one key`,
      );
    }
    check.figure(`${ROUNDS} keys × ${COPIES} concurrent copies`);
    await fixture.app.stop();
  },
};
