// 6. Backup: `npm run db:backup` copies the database while writers keep posting; the copy passes the
// checks and the app starts from it; `npm run db:restore` refuses while the server runs, then restores.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { startApp } from '../../bench/server';
import { idsByKey, integrityOf, withDb } from '../db-check';
import { DIST, freshApp, type Test } from '../harness';
import { startWriters, untilAcked } from '../writers';

/** An npm script in a child process (asynchronous, so the writers here keep going meanwhile). */
function npm(
  script: string,
  args: string[],
  databasePath: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      env: { ...process.env, DATABASE_PATH: databasePath, NODE_OPTIONS: '' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output: output.trim() }));
  });
}

const commentCount = (file: string) =>
  withDb(file, (db) => (db.prepare('select count(*) as n from comments').get() as { n: number }).n);

async function servesPost(databasePath: string): Promise<number> {
  const app = await startApp({ distDir: DIST, databasePath });
  try {
    return (await fetch(`${app.url}/en/posts/${SEED_POST_SLUG}`)).status;
  } finally {
    await app.stop();
  }
}

export const backupTest: Test = {
  name: 'backup: db:backup under 20 writers, copy checked and served; db:restore refuses while the server runs',
  run: async (check) => {
    const fixture = await freshApp('backup');
    const copy = path.join(path.dirname(fixture.databasePath), 'backup copy.db');
    const acked = new Map<string, number>();
    const writers = startWriters(fixture.app.url, 'backup', acked);
    await untilAcked(acked, 40, 15_000);
    const before = new Map(acked);
    const backup = await npm('db:backup', [copy], fixture.databasePath);
    const during = acked.size - before.size;
    await writers.stop();
    check.ok(backup.code === 0, `db:backup exited ${backup.code}: ${backup.output}`);
    const { integrity, foreignKeyProblems } = integrityOf(copy);
    check.ok(
      integrity === 'ok' && foreignKeyProblems === 0,
      `the copy: integrity ${integrity}, ${foreignKeyProblems} foreign key problems`,
    );
    const kept = idsByKey(copy, [...before.keys()]);
    check.ok(
      kept.size === before.size,
      `the copy holds ${kept.size} of the ${before.size} comments acknowledged before the backup started`,
    );
    check.ok(during > 0, 'no write was acknowledged while the backup ran');
    check.ok(
      (await servesPost(copy)) === 200,
      'the app started on the copy does not serve the post',
    );

    const refused = await npm('db:restore', [copy], fixture.databasePath);
    check.ok(
      refused.code !== 0 && /running/.test(refused.output),
      `db:restore did not refuse while the server runs: ${refused.code} ${refused.output}`,
    );
    await fixture.app.stop();
    const restored = await npm('db:restore', [copy], fixture.databasePath);
    check.ok(restored.code === 0, `db:restore exited ${restored.code}: ${restored.output}`);
    check.ok(
      commentCount(fixture.databasePath) === commentCount(copy),
      'the restored database differs from the backup',
    );
    check.ok(
      (await servesPost(fixture.databasePath)) === 200,
      'the app on the restored database does not serve the post',
    );
    check.figure(
      `${before.size} comments acknowledged before the backup, ${during} more while it ran; copy ${kept.size}/${before.size}; ${backup.output}`,
    );
  },
};
