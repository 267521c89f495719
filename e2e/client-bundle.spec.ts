import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '@/db/schema';
import { expect, test } from './support/fixtures';

// The build the e2e server runs (playwright.config.ts builds it before any test starts).
const STATIC = path.resolve(process.env.E2E_DIST_DIR ?? '.next-e2e', 'static');

const tables = (Object.values(schema) as unknown[]).filter(
  (v): v is SQLiteTable =>
    typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v,
);

/** Names only the database layer has a reason to spell: snake_case tables and columns. */
function schemaNames(): string[] {
  const names = tables.flatMap((t) => {
    const config = getTableConfig(t);
    return [config.name, ...config.columns.map((c) => c.name)];
  });
  return [...new Set(names.filter((n) => n.includes('_')))];
}

function clientFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, f));
}

test('no client chunk carries the schema: no drizzle table marker, no table or column name', () => {
  const names = schemaNames();
  expect(names).toEqual(
    expect.arrayContaining(['password_hash', 'session_version', 'throttle_events']),
  );
  const files = clientFiles(STATIC);
  expect(files.length).toBeGreaterThan(10);
  const found = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return ['drizzle:', ...names]
      .filter((n) => text.includes(n))
      .map((n) => `${path.basename(file)}: ${n}`);
  });
  expect(found).toEqual([]);
});
