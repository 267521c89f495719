import 'server-only';
import { createHmac } from 'node:crypto';
import { getCommentTarget, getReplyParent } from '@/db/queries/comments';
import { getSettings } from '@/db/queries/settings';
import { authSecret } from '@/server/auth/secret';
import { env } from '@/lib/env';
import { scheduleMailDelivery } from '@/server/mail/worker';
import { expirePublicPages } from '@/server/reader-cache';
import { ipHash, proxyTrusted } from '@/server/request-meta';
import { storeComment } from './store';
import type { CommentValues } from '@/lib/validations/comment';
import { detectLanguage } from '@/lib/comments/language';
import { commentsClosed, publicStatus } from '@/lib/comments/policy';
import { commentRateLimit, commentThrottle } from '@/lib/comments/rate-limit';

export type SubmitOutcome =
  | { ok: true; id: number; status: 'pending' | 'approved'; replayed: boolean; mine: boolean }
  | { ok: false; error: 'postNotFound' | 'closed' | 'keyReused' }
  | { ok: false; error: 'rateLimited'; retryAfterSeconds: number }
  | { ok: false; error: 'invalid'; fieldErrors: { parentId: Array<'parentInvalid' | 'tooDeep'> } };

/** Published and not scheduled for later (db/queries/posts.ts isPublic): the only posts anyone may read or comment on. */
export const findPublicPost = (slug: string, now = new Date()) => getCommentTarget({ slug, now });

/** The post if it takes comments now, else why not. */
export function commentablePost(slug: string) {
  const post = findPublicPost(slug);
  if (!post) return { ok: false, error: 'postNotFound' } as const;
  const settings = getSettings();
  if (commentsClosed(post, settings.closeCommentsAfterDays))
    return { ok: false, error: 'closed' } as const;
  return { ok: true, post, settings } as const;
}

/**
 * The key of a form sent without one: cached pages carry none and only the browser's script makes
 * one, so without JavaScript a double post would store two comments. Derived from what is stored
 * (a keyed hash, in the key's format), it makes an identical re-post resolve to the first comment.
 */
export function contentKey(
  postId: number,
  values: Pick<CommentValues, 'parentId' | 'name' | 'email' | 'body'>,
): string {
  return keyedContentHash([
    'comment',
    postId,
    values.parentId ?? null,
    values.name,
    values.email,
    values.body,
  ]);
}

/** One rule for the form and the API: the text decides, within the blog's languages. */
export function commentLanguage(
  body: string,
  pageLanguage: string,
  settings: { languages: string[]; defaultLanguage: string },
): string {
  const fallback = settings.languages.includes(pageLanguage)
    ? pageLanguage
    : settings.defaultLanguage;
  return detectLanguage(body, { languages: settings.languages, fallback });
}

/** A keyed hash of what a form sent, in the idempotency key's format (shared with suggestions). */
export const keyedContentHash = (content: unknown[]): string =>
  createHmac('sha256', authSecret()).update(JSON.stringify(content)).digest('base64url');

type Submission = {
  slug: string;
  values: CommentValues;
  /** The page's (or Accept-Language's) locale: the comment's language when its text does not tell. */
  pageLanguage: string;
  headers: Headers;
  /** Who is signed in, if anyone: only a staff member's own session makes their address trusted; any session skips the rate limit. */
  signedIn: { email: string } | null;
};

/**
 * The commenting path shared by the form's server action and the JSON API, after the schema has
 * parsed the input: post checks, reply rules, policy, rate limit and an idempotent insert.
 */
export function submitComment({
  slug,
  values,
  pageLanguage,
  headers,
  signedIn,
}: Submission): SubmitOutcome {
  const target = commentablePost(slug);
  if (!target.ok) return target;
  const { post, settings } = target;
  if (values.parentId !== undefined) {
    const parent = getReplyParent({ id: values.parentId, postId: post.id });
    if (!parent)
      return { ok: false, error: 'invalid', fieldErrors: { parentId: ['parentInvalid'] } };
    if (parent.depth >= settings.threadDepth)
      return { ok: false, error: 'invalid', fieldErrors: { parentId: ['tooDeep'] } };
  }
  const client = ipHash(headers);
  const language = commentLanguage(values.body, pageLanguage, settings);
  const limit = commentRateLimit(settings.rateLimit, env().COMMENT_RATE_LIMIT);
  const throttle = commentThrottle(limit, {
    signedIn: signedIn !== null,
    trustProxy: proxyTrusted(),
    client,
  });
  const result = storeComment({
    row: {
      postId: post.id,
      parentId: values.parentId ?? null,
      authorName: values.name,
      authorEmail: values.email,
      body: values.body,
      language,
      ipHash: client,
      userAgent: headers.get('user-agent')?.slice(0, 300) ?? null,
      idempotencyKey: values.idempotencyKey ?? contentKey(post.id, values),
      notifyReplies: values.notifyReplies,
    },
    values,
    settings,
    signedInStaff: signedIn?.email === values.email,
    throttle,
  });
  if (!result.ok) return result;
  if (result.created && result.status === 'approved') expirePublicPages();
  if (result.created) scheduleMailDelivery();
  // A replayed key shows its comment only to the client that wrote it.
  const mine = result.created || result.ipHash === client;
  return {
    ok: true,
    id: result.id,
    status: publicStatus(result.status),
    replayed: !result.created,
    mine,
  };
}
