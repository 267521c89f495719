// Where the SQLite file is when DATABASE_PATH is not set. Plain JavaScript so that the app's
// environment schema (lib/env.ts), drizzle-kit and the server's supervisor (serving/serve.mjs,
// which starts replication) all read the one default.
export const DEFAULT_DATABASE_PATH = './data/taiyaku.db';
