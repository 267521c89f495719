import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { writeTx } from '@/db';
import {
  auditLog,
  blocks,
  blockTexts,
  posts,
  postTranslations,
  revisions,
  type BlockKind,
} from '@/db/schema';
import type { BlockInput } from '@/lib/blocks/types';
import type { Translations } from './posts';

export type PostInput = {
  slug: string;
  status: 'draft' | 'published';
  publishedAt: Date | null;
  originalLanguage: string;
  categoryId: number | null;
  commentsOpen: boolean;
  translations: Translations;
  blocks: BlockInput[];
};

type Tx = Parameters<Parameters<typeof writeTx>[0]>[0];

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

function writeBody(tx: Tx, postId: number, input: PostInput) {
  tx.delete(postTranslations).where(eq(postTranslations.postId, postId)).run();
  for (const [language, t] of Object.entries(input.translations)) {
    tx.insert(postTranslations)
      .values({ postId, language, title: t.title, excerpt: t.excerpt || null })
      .run();
  }
  tx.delete(blocks).where(eq(blocks.postId, postId)).run();
  input.blocks.forEach((block, position) => {
    const { id } = tx
      .insert(blocks)
      .values({ postId, position, kind: block.kind as BlockKind, src: block.src ?? null })
      .returning({ id: blocks.id })
      .get();
    for (const [language, text] of Object.entries(block.texts)) {
      // Untranslated stays a missing row, never an empty string.
      if (typeof text === 'string' && text.trim() !== '')
        tx.insert(blockTexts).values({ blockId: id, language, text }).run();
    }
  });
}

/**
 * Creates (no `postId`) or replaces a post in one IMMEDIATE transaction, keeping a revision and an
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
      categoryId: input.categoryId,
      commentsOpen: input.commentsOpen,
      updatedAt: now,
    };
    const id =
      postId ??
      tx
        .insert(posts)
        .values({ ...columns, authorId: actorId })
        .returning({ id: posts.id })
        .get().id;
    if (postId) tx.update(posts).set(columns).where(eq(posts.id, postId)).run();
    writeBody(tx, id, input);
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
