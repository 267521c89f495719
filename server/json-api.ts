import 'server-only';
import { localeFromAcceptLanguage } from '@/lib/i18n/config';
import { getErrorText } from '@/lib/i18n/translate';
import { readCapped } from '@/server/read-capped';
import { isSameOrigin } from '@/server/request-meta';

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

/** A reader submission's outcome, as comments and suggestions both report it. */
type SubmissionOutcome =
  | { ok: true; id: number; status: string; replayed: boolean }
  | { ok: false; error: 'rateLimited'; retryAfterSeconds: number }
  | { ok: false; error: 'invalid'; fieldErrors: Partial<Record<string, string[]>> }
  | { ok: false; error: 'postNotFound' | 'closed' | 'keyReused' };

/** The message keys one API uses for the outcomes whose words differ between APIs. */
export type SubmissionWords = { postNotFound: string; keyReused: string; rateLimited: string };

/**
 * The one mapping from a submission's outcome to the reader APIs' answer: 201 `{ id, status }`
 * (with `Idempotent-Replayed` for a replay), 422 field errors, 409 a reused key, 429 with
 * Retry-After, 403 closed, 404 no such public post.
 */
export function submissionResponse(
  request: Request,
  outcome: SubmissionOutcome,
  words: SubmissionWords,
): Response {
  const { say, fail, invalid } = jsonAnswers(request);
  if (outcome.ok)
    return json(
      { id: outcome.id, status: outcome.status },
      201,
      outcome.replayed ? { 'idempotent-replayed': 'true' } : {},
    );
  switch (outcome.error) {
    case 'invalid':
      return invalid(
        Object.fromEntries(Object.entries(outcome.fieldErrors).map(([f, keys]) => [f, keys ?? []])),
      );
    case 'keyReused':
      return fail(words.keyReused, 409);
    case 'closed':
      return fail('closed', 403);
    case 'postNotFound':
      return fail(words.postNotFound, 404);
    case 'rateLimited': {
      const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
      return json({ error: say(words.rateLimited, { minutes }) }, 429, {
        'retry-after': String(outcome.retryAfterSeconds),
      });
    }
  }
}
