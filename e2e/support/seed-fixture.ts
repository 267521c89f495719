import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { savePost } from '@/db/queries/post-editor';
import { categories, users } from '@/db/schema';
import type { BlockKind } from '@/db/schema';

export const SEED_POST_SLUG = 'russia-us-ankara-talks';

type SeedJson = {
  post: {
    title: Record<string, string>;
    originalLanguage: string;
    translationLanguage: string;
    blocks: Array<{ kind: BlockKind; en: string; ja: string | null }>;
  };
};

export function loadSeedJson(): SeedJson {
  return JSON.parse(readFileSync(path.resolve('e2e', 'fixtures', 'post.json'), 'utf8')) as SeedJson;
}

/** Stores the hand-aligned seed post (e2e/fixtures/post.json) as a published post. */
export function insertSeedPost(publishedAt = new Date(Date.now() - 3_600_000)): number {
  const { post } = loadSeedJson();
  const owner = getDb().select().from(users).where(eq(users.role, 'owner')).get();
  const category = getDb().select().from(categories).where(eq(categories.slug, 'world')).get();
  if (!owner) throw new Error('seed the demo blog first');
  return savePost(
    {
      slug: SEED_POST_SLUG,
      status: 'published',
      publishedAt,
      originalLanguage: post.originalLanguage,
      categoryId: category?.id ?? null,
      commentsOpen: true,
      translations: Object.fromEntries(
        Object.entries(post.title).map(([l, title]) => [l, { title, excerpt: null }]),
      ),
      blocks: post.blocks.map((b) => ({ kind: b.kind, texts: { en: b.en, ja: b.ja } })),
    },
    { actorId: owner.id },
  );
}
