import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from './connection';
import { throwawayDatabase } from './test-db';

let db: Db;
const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);

beforeAll(() => {
  db = openDb(throwawayDatabase());
  run(
    "insert into users (email, name, password_hash, role) values ('o@x.test', 'Owner', 'h', 'owner')",
  );
  run(
    "insert into posts (slug, status, published_at, original_language, author_id, updated_at) values ('p', 'published', 1, 'en', 1, 1)",
  );
  run("insert into blocks (post_id, position, kind) values (1, 0, 'paragraph')");
});

const comment = (body: string, extra = '') =>
  run(
    `insert into comments (post_id, author_name, author_email, body, language${extra ? ', idempotency_key' : ''}) values (1, 'A', 'a@x.test', ?, 'en'${extra ? ', ?' : ''})`,
    ...(extra ? [body, extra] : [body]),
  );

describe('schema invariants', () => {
  it('refuses an empty translation: untranslated is a missing row', () => {
    expect(() =>
      run("insert into block_texts (block_id, language, text) values (1, 'ja', '')"),
    ).toThrow(/CHECK/);
  });

  it('counts comment length in code points, like the validation', () => {
    expect(() => comment('😀'.repeat(5000))).not.toThrow();
    expect(() => comment('😀'.repeat(5001))).toThrow(/CHECK/);
    expect(() => comment('')).toThrow(/CHECK/);
  });

  it('refuses NUL bytes, unknown statuses and roles', () => {
    expect(() => comment('a\u0000b')).toThrow(/CHECK/);
    expect(() => run("update comments set status = 'deleted'")).toThrow(/CHECK/);
    expect(() =>
      run(
        "insert into users (email, name, password_hash, role) values ('b@x.test', 'B', 'h', 'admin')",
      ),
    ).toThrow(/CHECK/);
  });

  it('stores one row per idempotency key', () => {
    comment('first', 'key-1');
    expect(() => comment('second', 'key-1')).toThrow(/UNIQUE/);
  });

  it('requires a publication time for published posts and enforces foreign keys', () => {
    expect(() =>
      run(
        "insert into posts (slug, status, original_language, author_id, updated_at) values ('q', 'published', 'en', 1, 1)",
      ),
    ).toThrow(/CHECK/);
    expect(() =>
      run(
        "insert into posts (slug, original_language, author_id, updated_at) values ('r', 'en', 99, 1)",
      ),
    ).toThrow(/FOREIGN KEY/);
  });

  it('deleting a post removes its blocks, texts and comments', () => {
    run("insert into block_texts (block_id, language, text) values (1, 'en', 'Hello')");
    run('delete from posts where id = 1');
    for (const table of ['blocks', 'block_texts', 'comments', 'search_index']) {
      expect(db.$client.prepare(`select count(*) from ${table}`).pluck().get(), table).toBe(0);
    }
  });
});
