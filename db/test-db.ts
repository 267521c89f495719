import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Points the app at a fresh throwaway database file; call before importing db modules. */
export function throwawayDatabase(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'taiyaku-test-')), 'test.db');
  process.env.DATABASE_PATH = file;
  return file;
}
