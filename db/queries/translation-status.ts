import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, blocks, blockTexts, posts } from '@/db/schema';
import { isStale, type StalePair } from '@/lib/blocks/stale';

/** The original's current text of the block_texts row in scope (posts joined). */
const originalOfRow = sql<
  string | null
>`(select o.text from ${blockTexts} o where o.block_id = ${blockTexts.blockId} and o.language = ${posts.originalLanguage})`;

/** Every translation of a post with the original's current text beside it (image alts may lack one). */
function translationRows(postId: number) {
  return getDb()
    .select({
      blockId: blockTexts.blockId,
      language: blockTexts.language,
      source: blockTexts.sourceText,
      original: originalOfRow,
    })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .innerJoin(posts, eq(posts.id, blocks.postId))
    .where(and(eq(blocks.postId, postId), ne(blockTexts.language, posts.originalLanguage)))
    .orderBy(asc(blocks.position), asc(blockTexts.language))
    .all();
}

/** The post's stale pairs in block order, for the editor. */
export function stalePairs(postId: number): StalePair[] {
  return translationRows(postId)
    .filter((r) => isStale(r.source, r.original))
    .map((r) => ({ ...r, source: r.source!, original: r.original ?? '' }));
}

/**
 * SQL for "translations of this post in this language that are stale", as a per-row count
 * (the same rule as isStale, for lists of many posts).
 */
export const staleCountSql = sql<number>`count(case when ${blockTexts.sourceText} is not null and ${blockTexts.sourceText} is not ${originalOfRow} then 1 end)`;

type ConfirmResult = 'ok' | 'missing' | 'originalChanged';

/**
 * "Still correct": the translation now counts as made from the original's current text. The
 * caller passes the original it showed, so a confirmation never covers a change it did not see.
 */
export function confirmTranslation(
  target: { postId: number; blockId: number; language: string; original: string },
  actorId: number,
): ConfirmResult {
  return writeTx((tx) => {
    const row = tx
      .select({ original: posts.originalLanguage })
      .from(blocks)
      .innerJoin(posts, eq(posts.id, blocks.postId))
      .where(and(eq(blocks.id, target.blockId), eq(blocks.postId, target.postId)))
      .get();
    if (!row || row.original === target.language) return 'missing';
    const textOf = (language: string) =>
      tx
        .select({ text: blockTexts.text })
        .from(blockTexts)
        .where(and(eq(blockTexts.blockId, target.blockId), eq(blockTexts.language, language)))
        .get()?.text;
    if (textOf(target.language) === undefined) return 'missing';
    const current = textOf(row.original) ?? null;
    if ((current ?? '') !== target.original) return 'originalChanged';
    tx.update(blockTexts)
      .set({ sourceText: current })
      .where(and(eq(blockTexts.blockId, target.blockId), eq(blockTexts.language, target.language)))
      .run();
    tx.insert(auditLog)
      .values({
        actorId,
        action: 'translation.confirm',
        entity: 'post',
        entityId: target.postId,
        details: { blockId: target.blockId, language: target.language },
      })
      .run();
    return 'ok';
  });
}
