import { env } from '@/lib/env';
import { openDb, type Db } from './connection';

// One connection per process, kept across hot reloads in development.
const holder = globalThis as unknown as { __taiyakuDb?: Db };

export function getDb(): Db {
  holder.__taiyakuDb ??= openDb(env().DATABASE_PATH);
  return holder.__taiyakuDb;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Every write goes through BEGIN IMMEDIATE, so it takes the write lock up front and never deadlocks. */
export function writeTx<T>(fn: (tx: Tx) => T): T {
  return getDb().transaction(fn, { behavior: 'immediate' });
}
