import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Pure modules (lib/, components/) read no database and no process-wide state, so their test files
// share one module graph (no re-import per file: ~60 % of the unit suite's time). Everything that
// opens a database sets DATABASE_PATH before importing db/ and so keeps a fresh graph per file, in
// threads (cheaper than processes to start; better-sqlite3 is safe in worker threads).
const PURE = ['lib/**/*.test.ts', 'components/**/*.test.ts'];

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Unit tests run query modules outside React's server environment.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'pure', include: PURE, isolate: false } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['**/*.test.ts'],
          exclude: [...PURE, 'node_modules/**', 'e2e/**', '.next*/**'],
          pool: 'threads',
        },
      },
    ],
  },
});
