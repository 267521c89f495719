import { defineConfig } from 'drizzle-kit';
import { DEFAULT_DATABASE_PATH } from './lib/database-path.mjs';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH },
});
