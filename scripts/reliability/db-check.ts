// Looking inside a throwaway database from outside the server: integrity, and which comments are stored.
import Database from 'better-sqlite3';
import { openSqlite } from '@/db/connection';

export type Integrity = { integrity: string; foreignKeyProblems: number };

/** `PRAGMA integrity_check` and `foreign_key_check` on a file (read-only). */
export function integrityOf(file: string): Integrity {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
      .map((r) => r.integrity_check)
      .join('; ');
    return { integrity, foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length };
  } finally {
    db.close();
  }
}

/** Runs `fn` on a read-write connection with the app's pragmas (for arranging data), then closes it. */
export function withDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = openSqlite(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export type StoredComment = {
  id: number;
  post_id: number;
  parent_id: number | null;
  author_name: string;
  author_email: string;
  user_id: number | null;
  body: string;
  status: string;
  moderated_by: number | null;
  idempotency_key: string | null;
};

export function commentsAfter(file: string, id: number): StoredComment[] {
  return withDb(
    file,
    (db) =>
      db.prepare('select * from comments where id > ? order by id').all(id) as StoredComment[],
  );
}

export function maxCommentId(file: string): number {
  return withDb(
    file,
    (db) => (db.prepare('select coalesce(max(id), 0) as n from comments').get() as { n: number }).n,
  );
}

export function postId(file: string, slug: string): number {
  return withDb(
    file,
    (db) => (db.prepare('select id from posts where slug = ?').get(slug) as { id: number }).id,
  );
}

/** Ids stored for idempotency keys, as a map key → id. */
export function idsByKey(file: string, keys: string[]): Map<string, number> {
  return withDb(file, (db) => {
    const found = new Map<string, number>();
    const statement = db.prepare('select id from comments where idempotency_key = ?');
    for (const key of keys) {
      const row = statement.get(key) as { id: number } | undefined;
      if (row) found.set(key, row.id);
    }
    return found;
  });
}
