import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';
import { countWhere, pageOffset } from './paging';
import {
  blocks,
  blockTexts,
  posts,
  postTranslations,
  suggestions,
  SUGGESTION_STATUSES,
  type SuggestionStatus,
} from '@/db/schema';

const original = alias(blockTexts, 'original_text');
const current = alias(blockTexts, 'current_text');

/**
 * The moderators' list of one status, oldest pending first (newest first elsewhere): each row
 * with the block's original as it is now (and as the reader saw it), the current translation, and
 * the suggester's name and email. Staff only: never feed this to a public page.
 */
export function listSuggestions({
  status,
  page,
  perPage,
}: {
  status: SuggestionStatus;
  page: number;
  perPage: number;
}) {
  const rows = getDb()
    .select({
      id: suggestions.id,
      postId: suggestions.postId,
      postSlug: posts.slug,
      blockId: suggestions.blockId,
      position: blocks.position,
      kind: blocks.kind,
      language: suggestions.language,
      originalLanguage: posts.originalLanguage,
      body: suggestions.body,
      originalThen: suggestions.originalText,
      originalNow: original.text,
      currentText: current.text,
      authorName: suggestions.authorName,
      authorEmail: suggestions.authorEmail,
      reason: suggestions.reason,
      createdAt: suggestions.createdAt,
    })
    .from(suggestions)
    .innerJoin(posts, eq(posts.id, suggestions.postId))
    .leftJoin(blocks, eq(blocks.id, suggestions.blockId))
    .leftJoin(
      original,
      and(eq(original.blockId, suggestions.blockId), eq(original.language, posts.originalLanguage)),
    )
    .leftJoin(
      current,
      and(eq(current.blockId, suggestions.blockId), eq(current.language, suggestions.language)),
    )
    .where(eq(suggestions.status, status))
    .orderBy(
      status === 'pending' ? asc(suggestions.createdAt) : desc(suggestions.createdAt),
      asc(suggestions.id),
    )
    .limit(perPage)
    .offset(pageOffset(page, perPage))
    .all();
  const total = countWhere(suggestions, eq(suggestions.status, status));
  return { rows: rows.map((r) => ({ ...r, titles: titlesOf(r.postId) })), total };
}

function titlesOf(postId: number): Record<string, string> {
  return Object.fromEntries(
    getDb()
      .select({ language: postTranslations.language, title: postTranslations.title })
      .from(postTranslations)
      .where(eq(postTranslations.postId, postId))
      .all()
      .map((t) => [t.language, t.title]),
  );
}

/** How many suggestions each status holds (the tabs' counts). */
export function countSuggestionsByStatus(): Record<SuggestionStatus, number> {
  const rows = getDb()
    .select({ status: suggestions.status, n: sql<number>`count(*)` })
    .from(suggestions)
    .groupBy(suggestions.status)
    .all();
  return Object.fromEntries(
    SUGGESTION_STATUSES.map((s) => [s, rows.find((r) => r.status === s)?.n ?? 0]),
  ) as Record<SuggestionStatus, number>;
}
