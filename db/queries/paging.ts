import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';

/** OFFSET of a 1-based page; a page below 1 reads as the first. */
export const pageOffset = (page: number, perPage: number) => (Math.max(1, page) - 1) * perPage;

/** How many rows of `table` match `where`: the total a paginated list shows beside its page. */
export function countWhere(table: SQLiteTable, where: SQL | undefined): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(where)
      .get()?.n ?? 0
  );
}
