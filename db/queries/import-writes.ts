import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, comments, posts } from '@/db/schema';
import { replyPlacer } from '@/lib/comments/reply-placer';
import type { PlannedTaxonomy } from '@/lib/import/taxonomy-plan';
import { uniqueSlug } from './imports';
import { resolveTaxonomy, setPostTagIds, type TermOutcome } from './import-taxonomy';
import { getSettings } from './settings';
import { writeImportAccess, type ImportedAccess } from './import-access';
import { savePost, type PostInput } from './post-editor';

/** A comment to import; `ref`/`parentRef` name it and its parent within the export (threads). */
export type ImportComment = Omit<typeof comments.$inferInsert, 'postId' | 'parentId'> & {
  ref: string;
  parentRef: string | null;
};

/** One post as an importer planned it: the key makes re-imports find it. */
export type ImportPlan = {
  key: string;
  line: number;
  input: PostInput;
  /** Every category (with its parents) and tag of the entry: found by slug or name, or created. */
  taxonomy: PlannedTaxonomy;
  comments: ImportComment[];
  /** Who may read it, its byline and its old addresses (db/queries/import-access.ts). */
  access?: ImportedAccess;
};

/** Entries imported before whose post still exists: key → the post's id and slug. */
export function importedKeys(): Map<string, { id: number; slug: string }> {
  const rows = getDb()
    .select({
      key: sql<string>`json_extract(${auditLog.details}, '$.key')`,
      id: posts.id,
      slug: posts.slug,
    })
    .from(auditLog)
    .innerJoin(posts, eq(posts.id, auditLog.entityId))
    .where(eq(auditLog.action, 'post.import'))
    .all();
  return new Map(rows.map((r) => [r.key, { id: r.id, slug: r.slug }]));
}

/** Whether a post imported under `key` still exists (checked again inside each write). */
function isImported(key: string): boolean {
  const row = getDb()
    .select({ id: posts.id })
    .from(auditLog)
    .innerJoin(posts, eq(posts.id, auditLog.entityId))
    .where(
      sql`${auditLog.action} = 'post.import' and json_extract(${auditLog.details}, '$.key') = ${key}`,
    )
    .get();
  return !!row;
}

/**
 * Comments in export order; a reply whose parent is not imported becomes a top-level comment, and
 * replies below the blog's thread depth go beside the deepest allowed ancestor (replyPlacer).
 */
function writeComments(
  tx: Parameters<Parameters<typeof writeTx>[0]>[0],
  postId: number,
  rows: ImportComment[],
) {
  const ids = new Map<string, number>();
  const placer = replyPlacer(getSettings().threadDepth);
  for (const { ref, parentRef, ...c } of rows) {
    const spot = placer.place(parentRef ? (ids.get(parentRef) ?? null) : null);
    const row = tx
      .insert(comments)
      .values({ ...c, postId, parentId: spot.parentId })
      .onConflictDoNothing()
      .returning({ id: comments.id })
      .get();
    if (row) {
      ids.set(ref, row.id);
      placer.remember(row.id, spot);
    }
  }
}

/**
 * Saves one planned post with its categories, tags and comments in one transaction, and records its key.
 * Returns null when another run imported it meanwhile.
 */
export function writeImport(
  plan: ImportPlan,
  actorId: number,
): { id: number; slug: string; terms: TermOutcome[] } | null {
  return writeTx((tx) => {
    if (isImported(plan.key)) return null;
    const terms = resolveTaxonomy(tx, plan.taxonomy, actorId);
    const input = {
      ...plan.input,
      // The MT/WXR converters write Markdown themselves (lib/import/mt/html.ts).
      blocks: plan.input.blocks,
      slug: uniqueSlug(plan.input.slug),
      categoryId: terms.categoryIds[0] ?? null,
      categoryIds: terms.categoryIds,
    };
    const postId = savePost(input, { actorId });
    setPostTagIds(tx, postId, terms.tagIds);
    writeComments(tx, postId, plan.comments);
    if (plan.access) writeImportAccess(tx, postId, plan.access, actorId);
    tx.insert(auditLog)
      .values({
        actorId,
        action: 'post.import',
        entity: 'post',
        entityId: postId,
        details: { key: plan.key, line: plan.line },
      })
      .run();
    return { id: postId, slug: input.slug, terms: terms.outcomes };
  });
}
