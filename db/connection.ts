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
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    migrateContent(db.$client);
  }
  return db;
}
