import { getSuggestionPost } from '@/db/queries/suggestions';
import { fieldErrorsOf } from '@/lib/server/action';
import { localeFromAcceptLanguage } from '@/lib/i18n/config';
import { getErrorText } from '@/lib/i18n/translate';
import { getCurrentUser } from '@/lib/server/dal';
import { readCapped } from '@/lib/server/read-capped';
import { isSameOrigin } from '@/lib/server/request-meta';
import { submitSuggestion } from '@/lib/server/suggestions/submit';
import { suggestionSchema } from '@/lib/validations/suggestion';

export const dynamic = 'force-dynamic';

// A suggestion may be as long as a block (20,000 code points, up to 4 bytes each in UTF-8 is more,
// but real text in any script fits): twice the comment API's limit.
const MAX_BYTES = 128 * 1024;
type Params = { params: Promise<{ slug: string }> };

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });

/**
 * Proposes a translation of one block: JSON `{ blockId, language, text, name, email,
 * idempotencyKey? }` → 201 `{ id, status: "pending" }`, never shown publicly before a moderator
 * accepts it. Without a key, the same content resolves to the first suggestion (as a replay).
 * Errors as in the comments API: 403 cross-site, 404 no such public post, 409 a key reused for
 * other content, 413 over 128 KB, 415 not JSON, 422 `{ errors: { field: [message] } }` (also for
 * a block of another post or a language the post is not translated into), 429 with Retry-After.
 */
export async function POST(request: Request, { params }: Params) {
  const say = getErrorText(
    localeFromAcceptLanguage(request.headers.get('accept-language')) ?? 'en',
  );
  const fail = (key: string, status: number) => json({ error: say(key) }, status);
  const invalid = (errors: Record<string, string[]>) =>
    json(
      {
        errors: Object.fromEntries(
          Object.entries(errors).map(([field, keys]) => [field, keys.map((key) => say(key))]),
        ),
      },
      422,
    );

  if (!isSameOrigin(request.headers)) return fail('suggestionCrossOrigin', 403);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return fail('suggestionNotJson', 415);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES)
    return fail('suggestionTooLarge', 413);
  const text = await readCapped(request, MAX_BYTES).catch(() => undefined);
  if (text === undefined) return invalid({ _form: ['invalidRequest'] });
  if (text === null) return fail('suggestionTooLarge', 413);

  const slug = (await params).slug;
  if (!getSuggestionPost({ slug })) return fail('suggestionPostNotFound', 404);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return invalid({ _form: ['invalidJson'] });
  }
  const parsed = suggestionSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  const outcome = submitSuggestion({
    slug,
    values: parsed.data,
    headers: request.headers,
    signedIn: (await getCurrentUser()) !== null,
  });
  if (outcome.ok)
    return json(
      { id: outcome.id, status: outcome.status },
      201,
      outcome.replayed ? { 'idempotent-replayed': 'true' } : {},
    );
  if (outcome.error === 'invalid') return invalid(outcome.fieldErrors);
  if (outcome.error === 'keyReused') return fail('suggestionKeyConflict', 409);
  if (outcome.error === 'postNotFound') return fail('suggestionPostNotFound', 404);
  const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
  return json({ error: say('suggestionRateLimited', { minutes }) }, 429, {
    'retry-after': String(outcome.retryAfterSeconds),
  });
}
