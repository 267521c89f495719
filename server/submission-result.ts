import 'server-only';
import type { ActionResult, FieldErrors } from '@/lib/action-result';
import type { Locale } from '@/lib/i18n/config';
import { getErrorText } from '@/lib/i18n/translate';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import type { CommentValues } from '@/lib/validations/comment';
import type { SuggestionValues } from '@/lib/validations/suggestion';

/** A reader submission's outcome, as comments and suggestions both report it. */
export type SubmissionOutcome =
  | { ok: true; id: number; status: string; replayed: boolean }
  | { ok: false; error: 'rateLimited'; retryAfterSeconds: number }
  | { ok: false; error: 'invalid'; fieldErrors: Partial<Record<string, string[]>> }
  | { ok: false; error: 'postNotFound' | 'closed' | 'keyReused' };
type Refused = Extract<SubmissionOutcome, { ok: false }>;

/** The message keys one kind of submission uses for the outcomes whose words differ between kinds. */
export type SubmissionWords = { postNotFound: string; keyReused: string; rateLimited: string };

type Say = (key: string, values?: Record<string, string | number>) => string;

/**
 * The one rule for what a refused submission tells the reader, whether a route (server/json-api.ts)
 * or a form's action answers: field errors (422), or a message with its HTTP status — 409 a key
 * that stored other text, 403 closed, 404 no such public post, 429 with the minutes to wait.
 */
export function refusalOf(
  outcome: Refused,
  words: SubmissionWords,
  say: Say,
): { status: 422; fieldErrors: FieldErrors } | { status: 403 | 404 | 409 | 429; message: string } {
  switch (outcome.error) {
    case 'invalid':
      return {
        status: 422,
        fieldErrors: Object.fromEntries(
          Object.entries(outcome.fieldErrors).map(([field, keys]) => [field, keys ?? []]),
        ),
      };
    case 'keyReused':
      return { status: 409, message: say(words.keyReused) };
    case 'closed':
      return { status: 403, message: say('closed') };
    case 'postNotFound':
      return { status: 404, message: say(words.postNotFound) };
    case 'rateLimited': {
      const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
      return { status: 429, message: say(words.rateLimited, { minutes }) };
    }
  }
}

/**
 * One kind of reader submission: the words of its form's answers and of its API's (a form says a
 * key was reused, the API that it conflicts), and the fields the form gets back with a refusal.
 */
export type SubmissionKind<V> = {
  form: SubmissionWords;
  api: SubmissionWords;
  keep: ReadonlyArray<keyof V & string>;
};

export const COMMENT_SUBMISSION: SubmissionKind<CommentValues> = {
  form: { postNotFound: 'postNotFound', keyReused: 'keyReused', rateLimited: 'rateLimited' },
  api: { postNotFound: 'postNotFound', keyReused: 'keyConflict', rateLimited: 'rateLimited' },
  keep: ['name', 'email', 'body', 'remember', 'notifyReplies'],
};

/** A suggestion's text is not public: the form gets it back only with a refusal, to send again. */
export const SUGGESTION_SUBMISSION: SubmissionKind<SuggestionValues> = {
  form: {
    postNotFound: 'suggestionPostNotFound',
    keyReused: 'suggestionKeyReused',
    rateLimited: 'suggestionRateLimited',
  },
  api: {
    postNotFound: 'suggestionPostNotFound',
    keyReused: 'suggestionKeyConflict',
    rateLimited: 'suggestionRateLimited',
  },
  keep: ['name', 'email', 'text'],
};

/**
 * A reader form's answer to its submission, in the page's language. A success carries `nextKey`,
 * the idempotency key of the form's next text; a refusal keeps what was typed and the same key
 * (nothing was stored, so a retry must not count twice), except after `keyReused`: that key
 * already stored other text, and a fresh one lets this text go out as a submission of its own.
 */
export function submissionResult<
  O extends SubmissionOutcome,
  V extends { idempotencyKey?: string | undefined },
  T,
>(
  outcome: O,
  sent: { values: V; locale: Locale },
  kind: SubmissionKind<V>,
  data: (done: Extract<O, { ok: true }>) => T,
): ActionResult<T & { nextKey: string }> {
  if (outcome.ok)
    return {
      ok: true,
      data: { ...data(outcome as Extract<O, { ok: true }>), nextKey: newIdempotencyKey() },
    };
  const kept: Record<string, unknown> = Object.fromEntries(
    kind.keep.map((field) => [field, sent.values[field]]),
  );
  kept.idempotencyKey = sent.values.idempotencyKey;
  const refusal = refusalOf(outcome as Refused, kind.form, getErrorText(sent.locale));
  if ('fieldErrors' in refusal)
    return { ok: false, error: 'invalid', fieldErrors: refusal.fieldErrors, values: kept };
  if (outcome.error === 'keyReused') kept.idempotencyKey = newIdempotencyKey();
  return { ok: false, error: refusal.message, values: kept };
}
