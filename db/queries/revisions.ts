import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { BLOCK_KINDS, categories, POST_STATUSES, revisions, users } from '@/db/schema';
import { categoryExists } from './admin-categories';
import { savePost, type PostInput } from './post-editor';

// A snapshot is the PostInput savePost received, stored as JSON (dates become strings).
const snapshotSchema = z.object({
  slug: z.string(),
  status: z.enum(POST_STATUSES),
  publishedAt: z
    .string()
    .nullable()
    .transform((v) => (v ? new Date(v) : null)),
  originalLanguage: z.string(),
  categoryId: z.number().nullable(),
  // Saved since posts have several categories and tags; older snapshots have neither.
  categoryIds: z.array(z.number()).optional(),
  tags: z.array(z.string()).optional(),
  commentsOpen: z.boolean(),
  // Absent in snapshots saved before covers existed.
  coverSrc: z.string().nullish(),
  translations: z.record(
    z.string(),
    z.object({ title: z.string(), excerpt: z.string().nullable() }),
  ),
  blocks: z.array(
    z.object({
      // Saved since blocks kept their ids; one that is gone (or never was) makes a new block.
      id: z.number().int().positive().nullish(),
      kind: z.enum(BLOCK_KINDS),
      src: z.string().nullish(),
      href: z.string().nullish(),
      texts: z.record(z.string(), z.string().nullable()),
    }),
  ),
});

export class RevisionUnreadableError extends Error {}

/** A post's revisions, newest first, with who saved each and its title then. */
export function listRevisions({ postId }: { postId: number }) {
  const rows = getDb()
    .select({
      id: revisions.id,
      createdAt: revisions.createdAt,
      authorName: users.name,
      snapshot: revisions.snapshot,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.postId, postId))
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .all();
  return rows.map(({ snapshot, ...row }) => {
    const parsed = snapshotSchema.safeParse(snapshot);
    return { ...row, post: parsed.success ? parsed.data : null };
  });
}

/** One revision of one post, its snapshot read back as a PostInput (null if unreadable). */
export function getRevision({ id, postId }: { id: number; postId: number }) {
  const row = getDb()
    .select({
      id: revisions.id,
      createdAt: revisions.createdAt,
      authorName: users.name,
      snapshot: revisions.snapshot,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.id, id), eq(revisions.postId, postId)))
    .get();
  if (!row) return null;
  const parsed = snapshotSchema.safeParse(row.snapshot);
  return {
    id: row.id,
    createdAt: row.createdAt,
    authorName: row.authorName,
    post: parsed.success ? (parsed.data as PostInput) : null,
  };
}

/**
 * Puts the post back exactly as that revision saved it (a new revision records the restore).
 * Categories deleted since then are left out (none left: uncategorised); tags are found or
 * created again by name. Returns the restored input.
 */
export function restoreRevision(
  { id, postId }: { id: number; postId: number },
  actorId: number,
): PostInput | null {
  const revision = getRevision({ id, postId });
  if (!revision) return null;
  if (!revision.post) throw new RevisionUnreadableError(`Revision ${id} cannot be read.`);
  const input = { ...revision.post };
  if (
    input.categoryId !== null &&
    !getDb()
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.id, input.categoryId))
      .get()
  ) {
    input.categoryId = null;
  }
  if (input.categoryIds) input.categoryIds = input.categoryIds.filter(categoryExists);
  savePost(input, { actorId, postId });
  return input;
}
