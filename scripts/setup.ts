// First-run set-up: validate the environment, create the secret, migrate, seed an empty database.
import { getDb } from '@/db';
import { DEMO_ACCOUNTS, seedDemo } from '@/server/seed';
import { authSecret } from '@/server/auth/secret';
import { env } from '@/lib/env';

async function main() {
  const { DATABASE_PATH } = env();
  authSecret();
  getDb(); // opening applies pending migrations
  console.log(`Database ready at ${DATABASE_PATH}`);
  if (process.argv.includes('--migrate-only')) return;
  const seeded = await seedDemo();
  console.log(seeded ? 'Seeded the demo blog.' : 'Database already has content; not seeding.');
  console.log('\nDemo sign-in (change these with `npm run user -- set-password`):');
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(9)} ${a.email} / ${a.password}`);
  console.log('');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
