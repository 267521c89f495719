import { getSuggestionPost } from '@/db/queries/suggestions';
import { fieldErrorsOf } from '@/server/action';
import { getCurrentUser } from '@/server/dal';
import { jsonAnswers, parseJson, readJsonWrite, submissionResponse } from '@/server/json-api';
import { submitSuggestion } from '@/server/suggestions/submit';
import { suggestionSchema } from '@/lib/validations/suggestion';
import { SUGGESTION_SUBMISSION } from '@/server/submission-result';

export const dynamic = 'force-dynamic';

// A suggestion may be as long as a block (20,000 code points): twice the comment API's limit.
const MAX_BYTES = 128 * 1024;
const REFUSALS = {
  crossOrigin: 'suggestionCrossOrigin',
  notJson: 'suggestionNotJson',
  tooLarge: 'suggestionTooLarge',
};
type Params = { params: Promise<{ slug: string }> };

/**
 * Proposes a translation of one block: JSON `{ blockId, language, text, name, email,
 * idempotencyKey? }` → 201 `{ id, status: "pending" }`, never shown publicly before a moderator
 * accepts it. Without a key, the same content resolves to the first suggestion (as a replay).
 * Errors as in the comments API: 403 cross-site, 404 no such public post, 409 a key reused for
 * other content, 413 over 128 KB, 415 not JSON, 422 `{ errors: { field: [message] } }` (also for
 * a block of another post or a language the post is not translated into), 429 with Retry-After.
 */
export async function POST(request: Request, { params }: Params) {
  const { invalid } = jsonAnswers(request);
  const body = await readJsonWrite(request, MAX_BYTES, REFUSALS);
  if ('response' in body) return body.response;
  const slug = (await params).slug;
  // Refused before the body is read, by the same rule as the submission's own outcome.
  if (!getSuggestionPost({ slug }))
    return submissionResponse(
      request,
      { ok: false, error: 'postNotFound' },
      SUGGESTION_SUBMISSION.api,
    );
  const input = parseJson(body.text);
  if (!input) return invalid({ _form: ['invalidJson'] });
  const parsed = suggestionSchema.safeParse(input.value);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  const outcome = submitSuggestion({
    slug,
    values: parsed.data,
    headers: request.headers,
    signedIn: (await getCurrentUser()) !== null,
  });
  return submissionResponse(request, outcome, SUGGESTION_SUBMISSION.api);
}
