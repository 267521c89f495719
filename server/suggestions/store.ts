import 'server-only';
import type { Tx } from '@/db';
import {
  currentOriginalText,
  insertSuggestion,
  replaySuggestion,
  type NewSuggestion,
  type SuggestionReplay,
} from '@/db/queries/suggestions';
import type { Limit } from '@/db/queries/throttle';
import type { PolicySettings } from '@/lib/comments/policy';
import { decideSuggestion } from '@/lib/suggestions/policy';
import { enqueueOwnerNotice } from '@/server/mail/enqueue';
import { refusedByThrottle, writeOnce, type RateLimited } from '@/server/submission-write';

export type StoreSuggestionResult =
  | { ok: true; id: number; created: boolean }
  | RateLimited
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
  return writeOnce<StoreSuggestionResult>(
    (tx) => storeIn(tx, write),
    (db) => replaySuggestion(db, write.row),
  );
}

function storeIn(tx: Tx, { row, settings, honeypot, throttle }: SuggestionWrite) {
  const replayed = replaySuggestion(tx, row);
  if (replayed) return replayed;
  // Read in the transaction: what the reader translated is what the original says now.
  const originalText = currentOriginalText(tx, row);
  if (!originalText) return { ok: false, error: 'blockInvalid' } as const;
  const refused = refusedByThrottle(tx, throttle);
  if (refused) return refused;
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
