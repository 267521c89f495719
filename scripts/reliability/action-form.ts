// The comment form's server action as a browser without JavaScript uses it: the rendered form's hidden
// inputs ($ACTION_ID_…, or $ACTION_REF/$ACTION_KEY for useActionState) posted back as multipart.
import { randomUUID } from 'node:crypto';
import type { Reply } from '../bench/comment-api';

export type Field = 'name' | 'email' | 'body';
export type CommentForm = {
  url: string;
  hidden: Array<[string, string]>;
  names: Record<Field, string>;
  idempotencyKey?: string;
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
};

/** The first form on the page that posts to a server action and has a textarea; null when there is none. */
export function findCommentForm(html: string, pageUrl: string): CommentForm | null {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    if (!form.includes('$ACTION_') || !form.includes('<textarea')) continue;
    const inputs = [...form.matchAll(/<(?:input|textarea)\b[^>]*>/g)].map((m) => m[0]);
    const named = inputs
      .map((tag) => ({ tag, name: attr(tag, 'name') ?? '' }))
      .filter((i) => i.name);
    const find = (test: (name: string, tag: string) => boolean) =>
      named.find((i) => test(i.name, i.tag))?.name;
    const body = find((_, tag) => tag.startsWith('<textarea'));
    const email = find((name) => /email/i.test(name));
    const name = find(
      (n, tag) => /name/i.test(n) && !/email/i.test(n) && !tag.includes('type="hidden"'),
    );
    if (!body || !email || !name) continue;
    const idempotencyKey = find((n) => /idempotency/i.test(n));
    const hidden = named
      .filter((i) => i.tag.includes('type="hidden"') && i.name !== idempotencyKey)
      .map((i): [string, string] => [i.name, attr(i.tag, 'value') ?? '']);
    return {
      url: new URL(attr(form.slice(0, form.indexOf('>') + 1), 'action') || pageUrl, pageUrl).href,
      hidden,
      names: { name, email, body },
      idempotencyKey,
    };
  }
  return null;
}

export const withoutNulls = (headers: Record<string, string | null>) =>
  Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null),
  );

export type Submission = {
  values: Partial<Record<Field, string>>;
  /** More fields, after the form's own. */
  extra?: Array<[string, string | Blob]>;
  /** Replaces the form's hidden inputs (the action reference). */
  hidden?: Array<[string, string]>;
  /** Extra headers; null removes one (e.g. no Origin). */
  headers?: Record<string, string | null>;
  /** Sent instead of the multipart form. */
  rawBody?: string;
};

/** Posts the form with the given values (missing ones are left out) and a fresh idempotency key. */
export async function submitForm(
  form: CommentForm,
  origin: string,
  ip: string,
  submission: Submission,
): Promise<Reply> {
  const data = new FormData();
  for (const [name, value] of submission.hidden ?? form.hidden) data.append(name, value);
  if (form.idempotencyKey) data.append(form.idempotencyKey, randomUUID());
  for (const [field, value] of Object.entries(submission.values))
    data.append(form.names[field as Field], value);
  for (const [name, value] of submission.extra ?? []) data.append(name, value);
  const started = performance.now();
  const headers = withoutNulls({ origin, 'x-forwarded-for': ip, ...submission.headers });
  const response = await fetch(form.url, {
    method: 'POST',
    body: submission.rawBody ?? data,
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, json: null, text };
}
