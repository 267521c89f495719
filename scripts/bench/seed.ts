// Bench-only seeding, run as `DATABASE_PATH=bench/tmp/… tsx --conditions=react-server scripts/bench/seed.ts`:
// the demo blog plus two identical bench posts in a demo category (one for reads, one for approvals), 200 approved
// comments each, and a queue of held comments on the second for the approval scenario to approve.
import { eq } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { savePost } from '@/db/queries/post-editor';
import { getCategoryBySlug } from '@/db/queries/categories';
import { comments, users } from '@/db/schema';
import { seedDemo } from '@/server/seed';
import {
  BENCH_CATEGORY,
  BENCH_COMMENTS,
  BENCH_PENDING,
  BENCH_SLUGS,
  benchBlocks,
  benchComment,
} from './content';

const MINUTE = 60_000;

function benchPost(slug: string, ownerId: number, categoryId: number): number {
  return savePost(
    {
      slug,
      status: 'published',
      publishedAt: new Date(Date.now() - 86_400_000),
      originalLanguage: 'en',
      categoryId,
      commentsOpen: true,
      translations: {
        en: {
          title: 'A night library for a harbour town',
          excerpt: 'Why a small port keeps its reading room open until 2 a.m.',
        },
        ja: {
          title: '港町に夜の図書館',
          excerpt: '小さな港町が閲覧室を午前二時まで開けている理由',
        },
      },
      blocks: benchBlocks(),
    },
    { actorId: ownerId },
  );
}

function insertComments(postId: number, status: 'approved' | 'pending', count: number, from = 0) {
  const start = Date.now() - (from + count) * MINUTE;
  writeTx((tx) => {
    for (let i = from; i < from + count; i++) {
      tx.insert(comments)
        .values({
          ...benchComment(i),
          postId,
          status,
          userAgent: 'bench',
          createdAt: new Date(start + i * MINUTE),
        })
        .run();
    }
  });
}

async function main() {
  const file = process.env.DATABASE_PATH;
  if (!file?.includes('bench/tmp/'))
    throw new Error('the bench seeds only a throwaway database under bench/tmp/');
  getDb();
  await seedDemo();
  const owner = getDb().select().from(users).where(eq(users.role, 'owner')).get();
  const category = getCategoryBySlug({ slug: BENCH_CATEGORY });
  if (!owner || !category)
    throw new Error(`the demo blog has no owner or no category "${BENCH_CATEGORY}"`);
  insertComments(benchPost(BENCH_SLUGS.read, owner.id, category.id), 'approved', BENCH_COMMENTS);
  const approvals = benchPost(BENCH_SLUGS.approvals, owner.id, category.id);
  insertComments(approvals, 'approved', BENCH_COMMENTS);
  insertComments(approvals, 'pending', BENCH_PENDING, BENCH_COMMENTS);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
