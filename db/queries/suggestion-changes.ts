import 'server-only';
import { searchText } from '@/lib/blocks/markdown/plain';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { getDb, writeTx, type Tx } from '@/db';
import {
  auditLog,
  blocks,
  blockTexts,
  posts,
  postTranslations,
  revisions,
  suggestions,
} from '@/db/schema';
import { snapshotOf } from './post-snapshot';

export type SuggestionChange = { id: number; slug: string };

// The post's languages may have changed since the suggestion came in: accepting it must never
// overwrite the original's text, nor add a language the post no longer has.
const isTranslationLanguage = (tx: Tx, postId: number, language: string, original: string) =>
  language !== original &&
  tx
    .select({ language: postTranslations.language })
    .from(postTranslations)
    .where(and(eq(postTranslations.postId, postId), eq(postTranslations.language, language)))
    .get() !== undefined;

/** The pending suggestion with its post and the block's current original text, if all still exist. */
function pendingTarget(tx: Tx, id: number) {
  const row = tx
    .select({
      id: suggestions.id,
      postId: suggestions.postId,
      blockId: suggestions.blockId,
      language: suggestions.language,
      authorName: suggestions.authorName,
      slug: posts.slug,
      originalLanguage: posts.originalLanguage,
    })
    .from(suggestions)
    .innerJoin(posts, eq(posts.id, suggestions.postId))
    // A trashed post is refused like its comments: accepted now, it would go live unseen on restore.
    .where(and(eq(suggestions.id, id), eq(suggestions.status, 'pending'), isNull(posts.deletedAt)))
    .get();
  if (!row?.blockId || !isTranslationLanguage(tx, row.postId, row.language, row.originalLanguage))
    return null;
  const source = tx
    .select({ text: blockTexts.text })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .where(
      and(
        eq(blockTexts.blockId, row.blockId),
        eq(blocks.postId, row.postId),
        eq(blockTexts.language, row.originalLanguage),
      ),
    )
    .get();
  return source ? { ...row, blockId: row.blockId, sourceText: source.text } : null;
}

function settle(tx: Tx, id: number, status: 'accepted' | 'rejected' | 'spam', actorId: number) {
  tx.update(suggestions)
    .set({ status, moderatedBy: actorId, moderatedAt: new Date() })
    .where(eq(suggestions.id, id))
    .run();
}

const audit = (tx: Tx, actorId: number, action: string, id: number, details: object) =>
  tx
    .insert(auditLog)
    .values({
      actorId,
      action: `suggestion.${action}`,
      entity: 'suggestion',
      entityId: id,
      details: { ...details },
    })
    .run();

/**
 * Makes a pending suggestion the block's translation in one transaction: the text (the reader's,
 * or the moderator's edit of it), the original it translates (so a later change of the original
 * marks it stale) and the reader's name as credit; then a revision of the whole post, an audit
 * entry and the suggestion marked accepted. Other suggestions for the block stay pending.
 * Null when the suggestion is not pending, its block is gone or its post is in the trash.
 */
export function acceptSuggestion({
  id,
  text,
  actorId,
}: {
  id: number;
  text: string;
  actorId: number;
}): SuggestionChange | null {
  return writeTx((tx) => {
    const target = pendingTarget(tx, id);
    if (!target) return null;
    const row = {
      text,
      sourceText: target.sourceText,
      creditName: target.authorName,
      plain: searchText(text),
    };
    tx.insert(blockTexts)
      .values({ blockId: target.blockId, language: target.language, ...row })
      .onConflictDoUpdate({ target: [blockTexts.blockId, blockTexts.language], set: row })
      .run();
    tx.update(posts).set({ updatedAt: new Date() }).where(eq(posts.id, target.postId)).run();
    tx.insert(revisions)
      .values({
        postId: target.postId,
        authorId: actorId,
        snapshot: { ...snapshotOf(tx, target.postId) },
      })
      .run();
    settle(tx, id, 'accepted', actorId);
    const edited =
      text !==
      tx.select({ body: suggestions.body }).from(suggestions).where(eq(suggestions.id, id)).get()
        ?.body;
    audit(tx, actorId, 'accept', id, {
      postId: target.postId,
      blockId: target.blockId,
      language: target.language,
      edited,
    });
    return { id, slug: target.slug };
  });
}

/** Whether the suggestion's post is in the trash (why an accept was refused). */
export function suggestionPostTrashed(id: number): boolean {
  return !!getDb()
    .select({ id: posts.id })
    .from(suggestions)
    .innerJoin(posts, eq(posts.id, suggestions.postId))
    .where(and(eq(suggestions.id, id), isNotNull(posts.deletedAt)))
    .get();
}

/** Rejects a pending suggestion or marks it spam, audited; null when it is not pending. */
export function dismissSuggestion({
  id,
  status,
  actorId,
}: {
  id: number;
  status: 'rejected' | 'spam';
  actorId: number;
}): SuggestionChange | null {
  return writeTx((tx) => {
    const row = tx
      .select({ slug: posts.slug })
      .from(suggestions)
      .innerJoin(posts, eq(posts.id, suggestions.postId))
      .where(and(eq(suggestions.id, id), eq(suggestions.status, 'pending')))
      .get();
    if (!row) return null;
    settle(tx, id, status, actorId);
    audit(tx, actorId, status === 'spam' ? 'spam' : 'reject', id, {});
    return { id, slug: row.slug };
  });
}
