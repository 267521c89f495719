import { getApprovedComments } from '@/db/queries/comments';
import { fieldErrorsOf } from '@/lib/server/action';
import { localeFromAcceptLanguage } from '@/lib/i18n/config';
import { getErrorText } from '@/lib/i18n/translate';
import { commentablePost, findPublicPost, submitComment } from '@/lib/server/comments/submit';
import { getCurrentUser } from '@/lib/server/dal';
import { buildThread } from '@/lib/comments/thread';
import { readCapped } from '@/lib/server/read-capped';
import { isSameOrigin } from '@/lib/server/request-meta';
import { commentSchema } from '@/lib/validations/comment';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 64 * 1024;
type Params = { params: Promise<{ slug: string }> };

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });

/** The approved comments of a public post as a thread, without emails. */
export async function GET(_request: Request, { params }: Params) {
  const post = findPublicPost((await params).slug);
  if (!post) return json({ error: 'not found' }, 404);
  const thread = buildThread(getApprovedComments({ postId: post.id }));
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

  if (!isSameOrigin(request.headers)) return fail('crossOrigin', 403);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return fail('notJson', 415);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES)
    return fail('requestTooLarge', 413);
  const text = await readCapped(request, MAX_BYTES).catch(() => undefined);
  if (text === undefined) return invalid({ _form: ['invalidRequest'] });
  if (text === null) return fail('requestTooLarge', 413);

  const slug = (await params).slug;
  const target = commentablePost(slug);
  if (!target.ok) return fail(target.error, target.error === 'closed' ? 403 : 404);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return invalid({ _form: ['invalidJson'] });
  }
  const parsed = commentSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  const language =
    localeFromAcceptLanguage(request.headers.get('accept-language')) ??
    target.settings.defaultLanguage;
  const outcome = submitComment({
    slug,
    values: parsed.data,
    language,
    headers: request.headers,
    signedIn: await getCurrentUser(),
  });
  if (outcome.ok)
    return json(
      { id: outcome.id, status: outcome.status },
      201,
      outcome.replayed ? { 'idempotent-replayed': 'true' } : {},
    );
  if (outcome.error === 'invalid') return invalid(outcome.fieldErrors);
  if (outcome.error === 'keyReused') return fail('keyConflict', 409);
  if (outcome.error !== 'rateLimited')
    return fail(outcome.error, outcome.error === 'closed' ? 403 : 404);
  const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
  return json({ error: say('rateLimited', { minutes }) }, 429, {
    'retry-after': String(outcome.retryAfterSeconds),
  });
}
