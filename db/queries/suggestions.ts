import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb, writeTx, type Tx } from '@/db';
import { blocks, blockTexts, posts, postTranslations, suggestions } from '@/db/schema';
import type { SuggestionDecision } from '@/lib/suggestions/policy';
import { isUniqueViolation } from './comments';
import { isPublic } from './posts';
import { takeThrottle, type Limit } from './throttle';

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
export type CreateSuggestionResult =
  | { ok: true; id: number; created: boolean }
  | { ok: false; error: 'rateLimited'; retryAfterSeconds: number }
  | { ok: false; error: 'keyReused' }
  | { ok: false; error: 'blockInvalid' };
type CreateOptions = {
  decide: () => SuggestionDecision;
  rateLimit: Limit | null;
  /** Runs in the insert's transaction with what was stored (e.g. queue the owner's notice). */
  within?: (tx: Tx, stored: { id: number; status: SuggestionDecision['status'] }) => void;
};

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
export function getOriginalText({
  postId,
  blockId,
  originalLanguage,
}: {
  postId: number;
  blockId: number;
  originalLanguage: string;
}): string | null {
  const row = getDb()
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
function replay(input: NewSuggestion): CreateSuggestionResult | undefined {
  const existing = getDb()
    .select()
    .from(suggestions)
    .where(eq(suggestions.idempotencyKey, input.idempotencyKey))
    .get();
  if (!existing) return undefined;
  return sameContent.every((field) => existing[field] === input[field])
    ? { ok: true, id: existing.id, created: false }
    : { ok: false, error: 'keyReused' };
}

function insertSuggestion(input: NewSuggestion, { decide, rateLimit, within }: CreateOptions) {
  return writeTx((tx): CreateSuggestionResult => {
    const replayed = replay(input);
    if (replayed) return replayed;
    // Read in the transaction: what the reader translated is what the original says now.
    const post = tx
      .select({ originalLanguage: posts.originalLanguage })
      .from(posts)
      .where(eq(posts.id, input.postId))
      .get();
    const originalText =
      post && getOriginalText({ ...input, originalLanguage: post.originalLanguage });
    if (!originalText) return { ok: false, error: 'blockInvalid' };
    // Counted after the replay check, so retries of one suggestion use up a single slot.
    if (rateLimit) {
      const throttle = takeThrottle(rateLimit.bucket, rateLimit.limit, rateLimit.windowMs);
      if (!throttle.ok)
        return { ok: false, error: 'rateLimited', retryAfterSeconds: throttle.retryAfterSeconds };
    }
    const { status, reason } = decide();
    const row = tx
      .insert(suggestions)
      .values({ ...input, originalText, status, reason })
      .returning({ id: suggestions.id })
      .get();
    within?.(tx, { id: row.id, status });
    return { ok: true, id: row.id, created: true };
  });
}

/**
 * Stores a suggestion in one BEGIN IMMEDIATE transaction; a repeated key returns the first one
 * (`created: false`) or `keyReused` when the content differs, as comments do.
 */
export function createSuggestion(
  input: NewSuggestion,
  options: CreateOptions,
): CreateSuggestionResult {
  try {
    return insertSuggestion(input, options);
  } catch (error) {
    const replayed = isUniqueViolation(error) ? replay(input) : undefined;
    if (!replayed) throw error;
    return replayed;
  }
}
