import { env } from '@/lib/env';
import { openDb, type Db } from './connection';

// One connection per process, kept across hot reloads in development.
const holder = globalThis as unknown as { __taiyakuDb?: Db };

export function getDb(): Db {
  if (!holder.__taiyakuDb) {
    const db = openDb(env().DATABASE_PATH);
    // The page cache asks this before every hit: it changes when another process (a CLI, a test)
    // has committed, never for this connection's own writes, which expire pages themselves.
    const dataVersion = db.$client.prepare('PRAGMA data_version').pluck();
    (globalThis as Record<symbol, unknown>)[Symbol.for('taiyaku.dataVersion')] = () =>
      dataVersion.get();
    holder.__taiyakuDb = db;
  }
  return holder.__taiyakuDb;
}

/** The handle a write transaction gives its callback: the one Tx type of the db layer. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Every write goes through BEGIN IMMEDIATE, so it takes the write lock up front and never deadlocks. */
export function writeTx<T>(fn: (tx: Tx) => T): T {
  return getDb().transaction(fn, { behavior: 'immediate' });
}
