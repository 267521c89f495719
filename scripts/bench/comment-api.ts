// The public comments API as a client sees it: POST /api/posts/{slug}/comments with JSON.
export type CommentBody = {
  name: string;
  email: string;
  body: string;
  parentId?: number;
  idempotencyKey?: string;
};
export type Reply = { status: number; ms: number; json: unknown; text: string };

export const commentsPath = (slug: string) => `/api/posts/${encodeURIComponent(slug)}/comments`;

/** Headers a same-origin browser would send; `ip` picks the client for per-client rate limits (TRUST_PROXY=1). */
export function jsonHeaders(baseUrl: string, ip?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    origin: baseUrl,
    ...(ip ? { 'x-forwarded-for': ip } : {}),
  };
}

/** Sends any body (a string is sent as is) and never throws on a non-2xx answer. */
export async function postComment(
  baseUrl: string,
  slug: string,
  body: CommentBody | Partial<Record<string, unknown>> | string,
  init: { ip?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Reply> {
  const started = performance.now();
  const response = await fetch(baseUrl + commentsPath(slug), {
    method: 'POST',
    headers: { ...jsonHeaders(baseUrl, init.ip), ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(init.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, ms: performance.now() - started, json, text };
}

/** The id of a created (or replayed) comment, from a 2xx answer. */
export function replyId(reply: Reply): number | undefined {
  const id = (reply.json as { id?: unknown } | null)?.id;
  return reply.status >= 200 && reply.status < 300 && typeof id === 'number' ? id : undefined;
}
