import 'server-only';
import { getDb, writeTx, type Tx } from '@/db';
import { isUniqueViolation } from '@/db/queries/comments';
import {
  currentOriginalText,
  insertSuggestion,
  replaySuggestion,
  type NewSuggestion,
  type SuggestionReplay,
} from '@/db/queries/suggestions';
import { takeThrottle, type Limit } from '@/db/queries/throttle';
import type { PolicySettings } from '@/lib/comments/policy';
import { decideSuggestion } from '@/lib/suggestions/policy';
import { enqueueOwnerNotice } from '@/server/mail/enqueue';

export type StoreSuggestionResult =
  | { ok: true; id: number; created: boolean }
  | { ok: false; error: 'rateLimited'; retryAfterSeconds: number }
  | { ok: false; error: 'blockInvalid' }
  | SuggestionReplay;

export type SuggestionWrite = {
  row: NewSuggestion;
  settings: PolicySettings;
  /** The form's honeypot: a value sends the suggestion to spam. */
  honeypot: boolean;
  /** The bucket the suggestion counts against; null when it counts against none. */
  throttle: Limit | null;
};

/**
 * Stores a suggestion in one BEGIN IMMEDIATE transaction (replay check, the original it
 * translates, throttle, policy, insert and the owner's notice); a repeated key returns the first
 * one (`created: false`) or `keyReused` when the content differs, as comments do.
 */
export function storeSuggestion(write: SuggestionWrite): StoreSuggestionResult {
  try {
    return writeTx((tx) => storeIn(tx, write));
  } catch (error) {
    const replayed = isUniqueViolation(error) ? replaySuggestion(getDb(), write.row) : undefined;
    if (!replayed) throw error;
    return replayed;
  }
}

function storeIn(tx: Tx, { row, settings, honeypot, throttle }: SuggestionWrite) {
  const replayed = replaySuggestion(tx, row);
  if (replayed) return replayed;
  // Read in the transaction: what the reader translated is what the original says now.
  const originalText = currentOriginalText(tx, row);
  if (!originalText) return { ok: false, error: 'blockInvalid' } as const;
  // Counted after the replay check, so retries of one suggestion use up a single slot.
  if (throttle) {
    const taken = takeThrottle(tx, throttle);
    if (!taken.ok)
      return {
        ok: false,
        error: 'rateLimited',
        retryAfterSeconds: taken.retryAfterSeconds,
      } as const;
  }
  const decision = decideSuggestion(settings, {
    name: row.authorName,
    email: row.authorEmail,
    text: row.body,
    honeypot,
  });
  const { id } = insertSuggestion(tx, { ...row, ...decision, originalText });
  // The owner hears of every suggestion waiting for review (if the setting asks).
  if (decision.status === 'pending')
    enqueueOwnerNotice(tx, {
      what: 'suggestion',
      id,
      postId: row.postId,
      author: row.authorName,
      body: row.body,
    });
  return { ok: true, id, created: true } as const;
}
