import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import type { Db } from '@/db/connection';
import { blocks, blockTexts, posts, postTranslations, suggestions } from '@/db/schema';
import type { SuggestionDecision } from '@/lib/suggestions/policy';
import { isPublic } from './posts';

export type NewSuggestion = {
  postId: number;
  blockId: number;
  language: string;
  body: string;
  authorName: string;
  authorEmail: string;
  ipHash: string | null;
  userAgent: string | null;
  idempotencyKey: string;
};
/** The suggestion a key already names: the first one's id, or a refusal for other content. */
export type SuggestionReplay =
  { ok: true; id: number; created: false } | { ok: false; error: 'keyReused' };

/** A public post by slug, with its original and translation languages (no emails, no drafts). */
export function getSuggestionPost({ slug, now = new Date() }: { slug: string; now?: Date }) {
  const post = getDb()
    .select({ id: posts.id, slug: posts.slug, originalLanguage: posts.originalLanguage })
    .from(posts)
    .where(and(eq(posts.slug, slug), isPublic(now)))
    .get();
  if (!post) return null;
  const languages = getDb()
    .select({ language: postTranslations.language })
    .from(postTranslations)
    .where(
      and(
        eq(postTranslations.postId, post.id),
        ne(postTranslations.language, post.originalLanguage),
      ),
    )
    .all();
  return { ...post, translationLanguages: languages.map((l) => l.language) };
}

/** The block's original text, if the block belongs to the post (and has one). */
export function getOriginalText(
  {
    postId,
    blockId,
    originalLanguage,
  }: {
    postId: number;
    blockId: number;
    originalLanguage: string;
  },
  db: Tx | Db = getDb(),
): string | null {
  const row = db
    .select({ text: blockTexts.text })
    .from(blocks)
    .innerJoin(
      blockTexts,
      and(eq(blockTexts.blockId, blocks.id), eq(blockTexts.language, originalLanguage)),
    )
    .where(and(eq(blocks.id, blockId), eq(blocks.postId, postId)))
    .get();
  return row?.text ?? null;
}

const sameContent = ['postId', 'blockId', 'language', 'body', 'authorName', 'authorEmail'] as const;

/** The suggestion stored under the input's key: the same content replays, anything else is refused. */
export function replaySuggestion(db: Tx | Db, input: NewSuggestion): SuggestionReplay | undefined {
  const existing = db
    .select()
    .from(suggestions)
    .where(eq(suggestions.idempotencyKey, input.idempotencyKey))
    .get();
  if (!existing) return undefined;
  return sameContent.every((field) => existing[field] === input[field])
    ? { ok: true, id: existing.id, created: false }
    : { ok: false, error: 'keyReused' };
}

/**
 * What the block's original says now, read in the caller's transaction (what the reader translated
 * is what gets stored beside it); null when the block is not the post's or has no original text.
 */
export function currentOriginalText(
  tx: Tx,
  { postId, blockId }: { postId: number; blockId: number },
): string | null {
  const post = tx
    .select({ originalLanguage: posts.originalLanguage })
    .from(posts)
    .where(eq(posts.id, postId))
    .get();
  return post
    ? getOriginalText({ postId, blockId, originalLanguage: post.originalLanguage }, tx)
    : null;
}

/** Stores a suggestion with its original and the status the policy gave it. */
export function insertSuggestion(
  tx: Tx,
  input: NewSuggestion & SuggestionDecision & { originalText: string },
): { id: number } {
  return tx.insert(suggestions).values(input).returning({ id: suggestions.id }).get();
}
