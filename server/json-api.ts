import 'server-only';
import { localeFromAcceptLanguage } from '@/lib/i18n/config';
import { getErrorText } from '@/lib/i18n/translate';
import { readCapped } from '@/server/read-capped';
import { isSameOrigin } from '@/server/request-meta';
import {
  refusalOf,
  type SubmissionOutcome,
  type SubmissionWords,
} from '@/server/submission-result';

export const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });

/** A reader API's answers, with messages in the caller's Accept-Language. */
export function jsonAnswers(request: Request) {
  const say = getErrorText(
    localeFromAcceptLanguage(request.headers.get('accept-language')) ?? 'en',
  );
  const fail = (key: string, status: number) => json({ error: say(key) }, status);
  // Field → message keys, sent as field → messages.
  const invalid = (errors: Record<string, string[]>) =>
    json(
      {
        errors: Object.fromEntries(
          Object.entries(errors).map(([field, keys]) => [field, keys.map((key) => say(key))]),
        ),
      },
      422,
    );
  return { say, fail, invalid };
}

type Refusals = { crossOrigin: string; notJson: string; tooLarge: string };

/**
 * The checks every reader write API makes before it reads anything else: same origin (403), a
 * JSON content type (415), at most `max` bytes whatever Content-Length claims (413). The body
 * as text, or the answer to send.
 */
export async function readJsonWrite(
  request: Request,
  max: number,
  keys: Refusals,
): Promise<{ text: string } | { response: Response }> {
  const { fail, invalid } = jsonAnswers(request);
  if (!isSameOrigin(request.headers)) return { response: fail(keys.crossOrigin, 403) };
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { response: fail(keys.notJson, 415) };
  if (Number(request.headers.get('content-length') ?? 0) > max)
    return { response: fail(keys.tooLarge, 413) };
  const text = await readCapped(request, max).catch(() => undefined);
  if (text === undefined) return { response: invalid({ _form: ['invalidRequest'] }) };
  if (text === null) return { response: fail(keys.tooLarge, 413) };
  return { text };
}

/** The body's JSON value, or undefined when it is not JSON. */
export function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * A reader submission's outcome as the reader APIs answer it: 201 `{ id, status }` (with
 * `Idempotent-Replayed` for a replay), else the refusal by the one rule of `refusalOf` (Retry-After
 * with a 429). The forms' actions answer the same outcomes with `submissionResult`.
 */
export function submissionResponse(
  request: Request,
  outcome: SubmissionOutcome,
  words: SubmissionWords,
): Response {
  const { say, invalid } = jsonAnswers(request);
  if (outcome.ok)
    return json(
      { id: outcome.id, status: outcome.status },
      201,
      outcome.replayed ? { 'idempotent-replayed': 'true' } : {},
    );
  const refusal = refusalOf(outcome, words, say);
  if ('fieldErrors' in refusal) return invalid(refusal.fieldErrors);
  const retry: Record<string, string> =
    outcome.error === 'rateLimited' ? { 'retry-after': String(outcome.retryAfterSeconds) } : {};
  return json({ error: refusal.message }, refusal.status, retry);
}
