// Concurrent commenters: each posts unique comments (own idempotency key) until stopped.
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { postComment, replyId } from '../bench/comment-api';
import { clientIp, sleep } from './harness';

const keyOf = (tag: string, client: number, n: number) => `reliability-${tag}-${client}-${n}`;

/** The comment a writer sends as its n-th; the same arguments give the same comment and key. */
export const writerComment = (tag: string, client: number, n: number) => ({
  name: `Writer ${client}`,
  email: `writer${client}@example.test`,
  body: `${tag}: writer ${client}, comment ${n}.`,
  idempotencyKey: keyOf(tag, client, n),
});

/** `clients` loops posting until `stop()`; every 2xx lands in `acked` (key → id). A dead server is retried, not fatal. */
export function startWriters(url: string, tag: string, acked: Map<string, number>, clients = 20) {
  let running = true;
  let sent = 0;
  const loops = Array.from({ length: clients }, async (_, client) => {
    const ip = clientIp();
    for (let n = 0; running; n++) {
      sent++;
      try {
        const comment = writerComment(tag, client, n);
        const id = replyId(await postComment(url, SEED_POST_SLUG, comment, { ip }));
        if (id) acked.set(comment.idempotencyKey, id);
        else await sleep(50);
      } catch {
        await sleep(20);
      }
    }
  });
  return {
    sent: () => sent,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

export async function untilAcked(acked: Map<string, number>, count: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (acked.size < count && Date.now() < deadline) await sleep(20);
}
