// `npm run db:backup -- FILE [--force]`: an online copy of DATABASE_PATH (the server may keep running).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { backupTo } from './sqlite-files';

async function main() {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith('--'));
  if (!target) throw new Error('usage: npm run db:backup -- FILE [--force]');
  const source = path.resolve(env().DATABASE_PATH);
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (path.resolve(target) === source) throw new Error('the backup must go to another file');
  if (existsSync(target) && !args.includes('--force'))
    throw new Error(`${target} exists; pass --force to replace it`);
  const { pages, seconds } = await backupTo(source, path.resolve(target));
  console.log(
    `Backed up ${source} to ${path.resolve(target)}: ${pages} pages in ${seconds.toFixed(2)} s; integrity_check ok, no foreign key problems.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
