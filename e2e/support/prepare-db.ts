// Run by the e2e web server command: a fresh database with the demo blog and the seed post.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { getDb } from '@/db';
import { seedDemo } from '@/server/seed';
import { insertSeedPost } from './seed-fixture';

async function main() {
  const file = process.env.DATABASE_PATH;
  if (!file || !file.includes('.e2e'))
    throw new Error('prepare-db only runs on an .e2e throwaway database');
  rmSync(path.dirname(file), { recursive: true, force: true });
  getDb();
  await seedDemo();
  insertSeedPost();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
