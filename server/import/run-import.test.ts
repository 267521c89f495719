import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { createUser } = await import('@/db/queries/users');
const { importMt } = await import('./mt-import');
const { runImportYielding } = await import('./run-import');

const entry = (n: number) => `AUTHOR: taro
TITLE: Entry ${n}
DATE: 01/15/2024 10:00:00 AM
STATUS: Publish
-----
BODY:
Paragraph of entry ${n}.
-----
--------
`;
const EXPORT = Array.from({ length: 35 }, (_, n) => entry(n)).join('');

let actorId = 0;
beforeAll(() => {
  actorId = createUser({ email: 'o@example.org', name: 'O', role: 'owner', passwordHash: 'x' }).id;
});
const options = (dryRun: boolean) => ({ dryRun, actorId, language: 'en', timeZone: 'UTC' });

describe('the import for a request handler', () => {
  it('reports exactly what the plain import reports', async () => {
    expect(await importMt(EXPORT, options(true), runImportYielding)).toEqual(
      importMt(EXPORT, options(true)),
    );
  });

  it('lets other work run between entries, and writes every entry once', async () => {
    let others = 0;
    const tick = () => {
      others++;
      if (others < 1000) setImmediate(tick);
    };
    setImmediate(tick);
    const report = await importMt(EXPORT, options(false), runImportYielding);
    const ranDuring = others;
    expect(ranDuring).toBeGreaterThanOrEqual(3);
    expect(report.posts.filter((p) => p.result === 'created')).toHaveLength(35);
    const again = await importMt(EXPORT, options(false), runImportYielding);
    expect(again.posts.every((p) => p.result === 'duplicate')).toBe(true);
  });
});
