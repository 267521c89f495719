'use server';

import { refresh } from 'next/cache';
import {
  acceptSuggestion,
  dismissSuggestion,
  suggestionPostTrashed,
} from '@/db/queries/suggestion-changes';
import { defineAction, type ActionResult } from '@/server/action';
import { expirePublicPages } from '@/server/reader-cache';
import { moderateSuggestionSchema } from '@/lib/validations/suggestion-moderation';

export type SuggestionOutcome = { decision: 'accept' | 'reject' | 'spam' };

/**
 * Accept (with the moderator's text), reject or mark spam, for the owner and moderators. An
 * accepted translation is public at once (the next GET of any page shows it); the others change
 * nothing public. `suggestionGone` when it was handled already or its block was removed;
 * `suggestionPostTrashed` for an accept into a trashed post (restore the post first).
 */
export const moderateSuggestionAction = defineAction(
  { roles: ['owner', 'moderator'] },
  moderateSuggestionSchema,
  (input, { user }): ActionResult<SuggestionOutcome> => {
    const change =
      input.decision === 'accept'
        ? acceptSuggestion({ id: input.id, text: input.text, actorId: user.id })
        : dismissSuggestion({
            id: input.id,
            status: input.decision === 'spam' ? 'spam' : 'rejected',
            actorId: user.id,
          });
    if (!change)
      return {
        ok: false,
        error:
          input.decision === 'accept' && suggestionPostTrashed(input.id)
            ? 'suggestionPostTrashed'
            : 'suggestionGone',
      };
    if (input.decision === 'accept') expirePublicPages();
    refresh();
    return { ok: true, data: { decision: input.decision } };
  },
);
