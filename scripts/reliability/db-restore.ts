// `npm run db:restore -- FILE [--force]`: replaces DATABASE_PATH with a backup. It stops nothing: it
// refuses while a server has the database open, unless --force (then restart the server at once).
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { integrityOf } from './db-check';
import { backupTo, inUse, moveAside } from './sqlite-files';

async function main() {
  const args = process.argv.slice(2);
  const source = args.find((a) => !a.startsWith('--'));
  if (!source) throw new Error('usage: npm run db:restore -- FILE [--force]');
  if (!existsSync(source)) throw new Error(`no backup at ${source}`);
  const target = path.resolve(env().DATABASE_PATH);
  if (path.resolve(source) === target) throw new Error('that is the live database itself');
  const { integrity, foreignKeyProblems } = integrityOf(source);
  if (integrity !== 'ok' || foreignKeyProblems)
    throw new Error(
      `${source} is damaged (integrity ${integrity}, ${foreignKeyProblems} foreign key problems); nothing changed`,
    );
  if (inUse(target) && !args.includes('--force')) {
    throw new Error(
      `${target} is open in another process, so the server seems to be running. Stop it first, or pass --force and restart it right after.`,
    );
  }
  const staged = `${target}.restoring`;
  await backupTo(path.resolve(source), staged);
  const aside = moveAside(
    target,
    `.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`,
  );
  renameSync(staged, target);
  console.log(
    `Restored ${path.resolve(source)} to ${target}.${aside.length ? ` The previous database was moved to ${aside[0]}.` : ''} Start (or restart) the server now.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
