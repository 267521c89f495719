// Online backup and safe restore of the SQLite file, shared by `npm run db:backup` and `npm run db:restore`.
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { integrityOf } from './db-check';

/**
 * SQLite's online backup API: a consistent copy while the server keeps writing (WAL readers do not
 * block writers). After the first step the rest goes in one step, so constant writes cannot keep
 * restarting it. Written beside the target first, checked, then renamed into place.
 */
export async function backupTo(
  source: string,
  target: string,
): Promise<{ pages: number; seconds: number }> {
  const started = Date.now();
  const db = new Database(source, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    const { totalPages } = await db.backup(partial, { progress: () => 1_000_000 });
    const { integrity, foreignKeyProblems } = integrityOf(partial);
    if (integrity !== 'ok' || foreignKeyProblems)
      throw new Error(
        `the copy failed its checks: integrity ${integrity}, ${foreignKeyProblems} foreign key problems`,
      );
    renameSync(partial, target);
    return { pages: totalPages, seconds: (Date.now() - started) / 1000 };
  } finally {
    db.close();
    rmSync(partial, { force: true });
  }
}

/**
 * Whether another process has the database open: leaving WAL mode needs every other connection
 * gone, so it fails at once while a server runs. (When it succeeds the file is about to be replaced.)
 */
export function inUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}

/** Moves a database and its -wal/-shm aside (a stale WAL must never meet a restored file). */
export function moveAside(file: string, suffix: string): string[] {
  const moved: string[] = [];
  for (const part of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(part)) continue;
    renameSync(part, `${part}${suffix}`);
    moved.push(`${part}${suffix}`);
  }
  return moved;
}
