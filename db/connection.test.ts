import { describe, expect, it } from 'vitest';
import { openDb, openSqlite } from './connection';
import { throwawayDatabase } from './test-db';
import journal from './migrations/meta/_journal.json';

describe('database connection', () => {
  it('migrates an empty file to the whole schema', () => {
    const db = openDb(throwawayDatabase());
    const tables = db.$client
      .prepare(
        "select name from sqlite_master where type in ('table') and name not like 'sqlite_%' and name not like '%search_index_%' order by name",
      )
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'audit_log',
        'block_texts',
        'blocks',
        'categories',
        'comments',
        'media',
        'post_translations',
        'posts',
        'revisions',
        'search_index',
        'settings',
        'throttle_events',
        'users',
      ]),
    );
    db.$client.close();
  });

  it('keeps WAL, synchronous=FULL and foreign keys on a second open', () => {
    const file = throwawayDatabase();
    openDb(file).$client.close();
    const again = openSqlite(file);
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.pragma('synchronous', { simple: true })).toBe(2);
    expect(again.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(again.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(again.pragma('trusted_schema', { simple: true })).toBe(0);
    again.close();
  });

  it('re-running migrations on a migrated database changes nothing', () => {
    const file = throwawayDatabase();
    openDb(file).$client.close();
    const db = openDb(file);
    const applied = db.$client.prepare('select count(*) from __drizzle_migrations').pluck().get();
    // Once per committed migration, however often the database is opened.
    expect(applied).toBe(journal.entries.length);
    db.$client.close();
  });
});
