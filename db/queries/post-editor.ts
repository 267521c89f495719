import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { writeTx, type Tx } from '@/db';
import { auditLog, posts, postTranslations, revisions } from '@/db/schema';
import type { BlockInput } from '@/lib/blocks/types';
import { writeBlocks } from './block-writer';
import { setPostCategories, setPostTags } from './taxonomy';
import type { Translations } from './posts';

export type PostInput = {
  slug: string;
  status: 'draft' | 'published';
  publishedAt: Date | null;
  originalLanguage: string;
  categoryId: number | null;
  // Every category (the first is the primary one); without it, just categoryId.
  categoryIds?: number[];
  // Tag names, found or created; without it, the post's tags stay as they are.
  tags?: string[];
  commentsOpen: boolean;
  /** The cover image; left as it is when undefined (importers, older revisions). */
  coverSrc?: string | null;
  translations: Translations;
  blocks: BlockInput[];
};

/** Another post already uses the slug: the editor shows it on the slug field. */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`The slug "${slug}" is already used by another post.`);
  }
}

export class PostNotFoundError extends Error {}

/** Checked inside the write transaction, so two saves cannot both take a slug. */
function assertWritable(tx: Tx, input: PostInput, postId?: number) {
  if (postId && !tx.select({ id: posts.id }).from(posts).where(eq(posts.id, postId)).get())
    throw new PostNotFoundError(`No post ${postId}.`);
  const clash = tx
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.slug, input.slug), postId ? ne(posts.id, postId) : undefined))
    .get();
  if (clash) throw new SlugTakenError(input.slug);
}

function writeBody(tx: Tx, postId: number, input: PostInput, sameOriginal: boolean) {
  tx.delete(postTranslations).where(eq(postTranslations.postId, postId)).run();
  for (const [language, t] of Object.entries(input.translations)) {
    tx.insert(postTranslations)
      .values({ postId, language, title: t.title, excerpt: t.excerpt || null })
      .run();
  }
  writeBlocks(tx, postId, input.blocks, input.originalLanguage, sameOriginal);
  setPostCategories(tx, postId, input.categoryIds ?? (input.categoryId ? [input.categoryId] : []));
  if (input.tags) setPostTags(tx, postId, input.tags, input.originalLanguage);
}

/**
 * Creates (no `postId`) or replaces a post (blocks keep their ids: see writeBlocks) in one IMMEDIATE transaction, keeping a revision and an
 * audit entry. Returns the post id. Throws SlugTakenError or PostNotFoundError.
 */
export function savePost(
  input: PostInput,
  { actorId, postId }: { actorId: number; postId?: number },
): number {
  return writeTx((tx) => {
    assertWritable(tx, input, postId);
    const now = new Date();
    const columns = {
      slug: input.slug,
      status: input.status,
      publishedAt: input.status === 'published' ? (input.publishedAt ?? now) : input.publishedAt,
      originalLanguage: input.originalLanguage,
      categoryId: input.categoryIds ? (input.categoryIds[0] ?? null) : input.categoryId,
      commentsOpen: input.commentsOpen,
      updatedAt: now,
      ...(input.coverSrc !== undefined && { coverSrc: input.coverSrc }),
    };
    const id =
      postId ??
      tx
        .insert(posts)
        .values({ ...columns, authorId: actorId })
        .returning({ id: posts.id })
        .get().id;
    // With another original language there is no earlier original to compare translations with.
    const before = postId
      ? tx
          .select({ original: posts.originalLanguage })
          .from(posts)
          .where(eq(posts.id, postId))
          .get()
      : undefined;
    if (postId) tx.update(posts).set(columns).where(eq(posts.id, postId)).run();
    writeBody(tx, id, input, before?.original === input.originalLanguage);
    tx.insert(revisions)
      .values({ postId: id, authorId: actorId, snapshot: { ...input } })
      .run();
    tx.insert(auditLog)
      .values({
        actorId,
        action: postId ? 'post.update' : 'post.create',
        entity: 'post',
        entityId: id,
        details: { slug: input.slug, status: input.status },
      })
      .run();
    return id;
  });
}
