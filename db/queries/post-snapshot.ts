import 'server-only';
import type { Tx } from '@/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { blocks, blockTexts, posts, postTranslations } from '@/db/schema';
import type { PostInput } from './post-editor';

/** The post as the editor would save it now: a revision's snapshot (see db/queries/revisions.ts). */
export function snapshotOf(tx: Tx, postId: number): PostInput {
  const post = tx.select().from(posts).where(eq(posts.id, postId)).get()!;
  const titles = tx
    .select()
    .from(postTranslations)
    .where(eq(postTranslations.postId, postId))
    .all();
  const rows = tx
    .select()
    .from(blocks)
    .where(eq(blocks.postId, postId))
    .orderBy(asc(blocks.position))
    .all();
  const texts = rows.length
    ? tx
        .select({
          blockId: blockTexts.blockId,
          language: blockTexts.language,
          text: blockTexts.text,
        })
        .from(blockTexts)
        .where(
          inArray(
            blockTexts.blockId,
            rows.map((b) => b.id),
          ),
        )
        .all()
    : [];
  const languages = titles.map((t) => t.language);
  return {
    slug: post.slug,
    status: post.status,
    publishedAt: post.publishedAt,
    originalLanguage: post.originalLanguage,
    categoryId: post.categoryId,
    commentsOpen: post.commentsOpen,
    translations: Object.fromEntries(
      titles.map((t) => [t.language, { title: t.title, excerpt: t.excerpt }]),
    ),
    blocks: rows.map((b) => ({
      kind: b.kind,
      src: b.src,
      texts: Object.fromEntries(
        languages.map((l) => [
          l,
          texts.find((t) => t.blockId === b.id && t.language === l)?.text ?? null,
        ]),
      ),
    })),
  };
}
