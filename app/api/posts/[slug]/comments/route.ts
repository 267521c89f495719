import { getApprovedComments } from '@/db/queries/comments';
import { getSettings } from '@/db/queries/settings';
import { fieldErrorsOf } from '@/server/action';
import { localeFromAcceptLanguage } from '@/lib/i18n/config';
import { commentablePost, findPublicPost, submitComment } from '@/server/comments/submit';
import { getCurrentUser } from '@/server/dal';
import { buildThread } from '@/lib/comments/thread';
import { json, jsonAnswers, parseJson, readJsonWrite, submissionResponse } from '@/server/json-api';
import { commentSchema } from '@/lib/validations/comment';
import { COMMENT_SUBMISSION } from '@/server/submission-result';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 64 * 1024;
const REFUSALS = { crossOrigin: 'crossOrigin', notJson: 'notJson', tooLarge: 'requestTooLarge' };
type Params = { params: Promise<{ slug: string }> };

/** The approved comments of a public post as a thread, without emails. */
export async function GET(_request: Request, { params }: Params) {
  const post = findPublicPost((await params).slug);
  if (!post) return json({ error: 'not found' }, 404);
  const thread = buildThread(getApprovedComments({ postId: post.id }), getSettings().threadDepth);
  return json({ comments: thread }, 200, {
    'cache-control': 'public, max-age=0, s-maxage=30, stale-while-revalidate=60',
  });
}

/**
 * Creates a comment: JSON `{ name, email, body, parentId?, idempotencyKey? }` → 201 `{ id, status }`.
 * Without a key, the same post, reply target and text resolve to the first comment (as a replay).
 * Errors: 403 cross-site or closed, 404 no such public post, 409 an idempotency key reused for
 * another post or text, 413 over 64 KB, 415 not JSON, 422 `{ errors: { field: [message] } }`,
 * 429 with Retry-After; messages follow Accept-Language.
 */
export async function POST(request: Request, { params }: Params) {
  const { invalid } = jsonAnswers(request);
  const body = await readJsonWrite(request, MAX_BYTES, REFUSALS);
  if ('response' in body) return body.response;

  const slug = (await params).slug;
  const target = commentablePost(slug);
  // Refused before the body is read, by the same rule as the submission's own outcome.
  if (!target.ok) return submissionResponse(request, target, COMMENT_SUBMISSION.api);
  const input = parseJson(body.text);
  if (!input) return invalid({ _form: ['invalidJson'] });
  const parsed = commentSchema.safeParse(input.value);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  const outcome = submitComment({
    slug,
    values: parsed.data,
    pageLanguage:
      localeFromAcceptLanguage(request.headers.get('accept-language')) ??
      target.settings.defaultLanguage,
    headers: request.headers,
    signedIn: await getCurrentUser(),
  });
  return submissionResponse(request, outcome, COMMENT_SUBMISSION.api);
}
