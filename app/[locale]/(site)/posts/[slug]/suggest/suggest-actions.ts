'use server';

import { newIdempotencyKey } from '@/lib/idempotency-key';
import { headers } from 'next/headers';
import { defineAction, type ActionResult } from '@/server/action';
import { getCurrentUser } from '@/server/dal';
import { submitSuggestion } from '@/server/suggestions/submit';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getErrorText } from '@/lib/i18n/translate';
import { suggestionSchema } from '@/lib/validations/suggestion';

export type SuggestActionState = ActionResult<{ id: number }> | null;

/**
 * The per-block suggestion form's action, bound to the post's slug and the UI locale. The checks
 * after the schema are the JSON API's (server/suggestions/submit.ts). `error` is 'invalid'
 * for field errors, else a message in the UI language; the suggestion itself is never echoed.
 */
export async function postSuggestion(
  slug: unknown,
  locale: unknown,
  previous: SuggestActionState,
  form: FormData,
): Promise<ActionResult<{ id: number }>> {
  const say = getErrorText(isLocale(locale) ? locale : DEFAULT_LOCALE);
  return defineAction<typeof suggestionSchema, { id: number }>(
    { public: true },
    suggestionSchema,
    async (values) => {
      const kept = {
        name: values.name,
        email: values.email,
        text: values.text,
        idempotencyKey: values.idempotencyKey,
      };
      const outcome = submitSuggestion({
        slug: String(slug),
        values,
        headers: await headers(),
        signedIn: (await getCurrentUser()) !== null,
      });
      if (outcome.ok) return { ok: true, data: { id: outcome.id } };
      if (outcome.error === 'invalid')
        return { ok: false, error: 'invalid', fieldErrors: outcome.fieldErrors, values: kept };
      if (outcome.error === 'keyReused')
        return {
          ok: false,
          error: say('suggestionKeyReused'),
          values: { ...kept, idempotencyKey: newIdempotencyKey() },
        };
      if (outcome.error === 'postNotFound')
        return { ok: false, error: say('suggestionPostNotFound'), values: kept };
      const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
      return { ok: false, error: say('suggestionRateLimited', { minutes }), values: kept };
    },
  )(previous, form);
}
