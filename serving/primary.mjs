// The supervisor when `npm start` runs several workers: it forks them, replaces one that dies and
// passes a stop signal on. It holds the listening socket (node:cluster hands each connection to a
// worker), so a SIGKILL of this process group takes the whole server down at once.
import cluster from 'node:cluster';

// A worker that dies again this soon after starting is a crash loop: stop rather than spin.
const RESPAWN_DELAY_MS = 1_000;

/**
 * @param {number} count
 * @param {{ beforeExit?: () => Promise<unknown> | undefined }} [hooks] run once when all have stopped
 */
export function supervise(count, hooks = {}) {
  /** @type {Map<number, { index: number; listening: boolean }>} */
  const roles = new Map();
  let stopping = false;
  let announced = false;

  // Exactly one worker runs the mail timer (server/mail/worker.ts); any worker may still send
  // what its own request queued: the claim in the database keeps each mail to one sender.
  const spawn = (index) => {
    const worker = cluster.fork({
      TAIYAKU_WORKER_INDEX: String(index),
      TAIYAKU_MAIL_TIMER: index === 0 ? '1' : '0',
    });
    roles.set(worker.id, { index, listening: false });
  };

  cluster.on('listening', (worker, address) => {
    const role = roles.get(worker.id);
    if (role) role.listening = true;
    if (announced) return;
    announced = true;
    const host =
      address.address && !['0.0.0.0', '::'].includes(address.address)
        ? address.address
        : 'localhost';
    console.log(
      `Serving http://${host}:${address.port} with ${count} worker${count === 1 ? '' : 's'}`,
    );
  });

  cluster.on('exit', (worker, code, signal) => {
    const role = roles.get(worker.id);
    roles.delete(worker.id);
    if (stopping || !role) {
      if (roles.size === 0) void finish();
      return;
    }
    // A worker that never listened failed at start-up (a bad setting, a missing build): the
    // others will too, so stop with its message instead of restarting it forever.
    if (!role.listening) {
      console.error(`Worker ${role.index} stopped while starting (${signal ?? code}); stopping.`);
      stopAll('SIGTERM', code || 1);
      return;
    }
    console.error(`Worker ${role.index} stopped (${signal ?? code}); starting another.`);
    setTimeout(() => !stopping && spawn(role.index), RESPAWN_DELAY_MS);
  });

  function stopAll(signal, exitCode = 0) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    process.exitCode = exitCode;
    if (roles.size === 0) void finish();
    // Whatever has not stopped in time is not waited for.
    setTimeout(() => process.exit(exitCode), 10_000).unref();
  }

  let finishing = false;
  async function finish() {
    if (finishing) return;
    finishing = true;
    await hooks.beforeExit?.();
    process.exit(process.exitCode ?? 0);
  }

  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stopAll(signal));
  for (let index = 0; index < count; index++) spawn(index);
}
