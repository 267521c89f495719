import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrateContent } from './content-migration';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/**
 * Opens a connection with the durability pragmas. better-sqlite3 leaves `synchronous` at NORMAL
 * when reopening a WAL database, so every pragma is set on every open, never assumed.
 */
export function openSqlite(file: string): Database.Database {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('trusted_schema = OFF');
  return sqlite;
}

export function openDb(file: string, options: { migrate?: boolean } = {}): Db {
  const db = drizzle(openSqlite(file), { schema }) as Db;
  if (options.migrate !== false) {
    migrateSafely(db);
    migrateContent(db.$client);
  }
  return db;
}

/**
 * Applies the migrations the way SQLite's docs change a table (copy, drop, rename): foreign keys
 * off, or dropping the old `blocks` would cascade into every block's texts (drizzle-kit's own
 * `PRAGMA foreign_keys=OFF` is ignored inside the migrator's transaction), and the legacy rename,
 * or renaming the copy fails on the search triggers that name the dropped table meanwhile.
 */
function migrateSafely(db: Db) {
  const sqlite = db.$client;
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('legacy_alter_table = ON');
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length)
      throw new Error(`Migrations left ${broken.length} rows pointing at nothing.`);
  } finally {
    sqlite.pragma('legacy_alter_table = OFF');
    sqlite.pragma('foreign_keys = ON');
  }
}
