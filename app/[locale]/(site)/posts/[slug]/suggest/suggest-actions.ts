'use server';

import { headers } from 'next/headers';
import { defineAction, type ActionResult } from '@/server/action';
import { getCurrentUser } from '@/server/dal';
import { SUGGESTION_SUBMISSION, submissionResult } from '@/server/submission-result';
import { submitSuggestion } from '@/server/suggestions/submit';
import { boundPostSchema } from '@/lib/validations/bound';
import { suggestionSchema } from '@/lib/validations/suggestion';

export type SuggestActionState = ActionResult<{ id: number; nextKey: string }> | null;

/**
 * The per-block suggestion form's action, bound to the post's slug and the UI locale. The checks
 * after the schema are the JSON API's (server/suggestions/submit.ts). `error` is 'invalid'
 * for field errors, else a message in the UI language; the suggestion itself is never echoed.
 */
export const postSuggestion = defineAction(
  { public: true },
  suggestionSchema,
  async (values, { bound: { slug, locale } }) => {
    const outcome = submitSuggestion({
      slug,
      values,
      headers: await headers(),
      signedIn: (await getCurrentUser()) !== null,
    });
    return submissionResult(outcome, { values, locale }, SUGGESTION_SUBMISSION, (done) => ({
      id: done.id,
    }));
  },
  { bound: boundPostSchema },
);
