import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openDb, openSqlite } from './connection';
import journal from './migrations/meta/_journal.json';
import { throwawayDatabase } from './test-db';

/** The committed migrations up to (not including) the first that rebuilds `blocks`. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'taiyaku-migrations-'));
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e) => e.tag === tag),
  );
  writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

describe('migrations that rebuild a table', () => {
  // SQLite changes a CHECK only by copying the table; with foreign keys on, dropping the old
  // `blocks` would cascade into every block's texts.
  it('keep the rows that point at the rebuilt table', () => {
    const file = throwawayDatabase();
    const sqlite = openSqlite(file);
    migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore('0008_media') });
    sqlite.exec(`
      insert into users (email, name, password_hash, role) values ('o@x.test', 'O', 'h', 'owner');
      insert into posts (slug, original_language, author_id, updated_at) values ('p', 'en', 1, 0);
      insert into blocks (post_id, position, kind) values (1, 0, 'paragraph');
      insert into block_texts (block_id, language, text) values (1, 'en', 'Kept'), (1, 'ja', '残る');
    `);
    sqlite.close();
    const db = openDb(file);
    const texts = db.$client.prepare('select text from block_texts order by language').pluck();
    expect(texts.all()).toEqual(['Kept', '残る']);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    db.$client.close();
  });
});
