import { throwawayDatabase } from '@/db/test-db';
throwawayDatabase();
const { createUser } = await import('@/db/queries/users');
const { runImportCli } = await import('./scripts/import-cli');
createUser({ email: 'o@example.org', name: 'O', role: 'owner', passwordHash: 'x' });
const lines: string[] = [];
const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
for (const args of [['wxr', '/tmp/big.xml']]) {
  const t = performance.now();
  const code = runImportCli(args, io);
  console.log(args.join(' '), code, `${Math.round(performance.now() - t)} ms`, lines.find((l) => /posts,/.test(l)), process.memoryUsage().rss >> 20, 'MB');
}
