'use server';

import { cookies, headers } from 'next/headers';
import { defineAction, type ActionResult } from '@/server/action';
import {
  COMMENTER_COOKIE,
  commenterValue,
  COOKIE_AGE,
  cookieOptions,
  OWN_COMMENTS_COOKIE,
  withOwnId,
} from '@/server/comments/cookies';
import { READER_HINT_COOKIE } from '@/lib/comments/reader-hint';
import { submitComment } from '@/server/comments/submit';
import { getCurrentUser } from '@/server/dal';
import { COMMENT_SUBMISSION, submissionResult } from '@/server/submission-result';
import { boundPostSchema } from '@/lib/validations/bound';
import { commentSchema, type CommentValues } from '@/lib/validations/comment';

/** `name` and `body` come back to their author alone (the answer to their post), to show what is held. */
export type CommentActionData = {
  id: number;
  status: 'pending' | 'approved';
  nextKey: string;
  name: string;
  body: string;
  /** The comment it answers, so the page can show the held reply in its thread. */
  parentId: number | null;
};
export type CommentActionState = ActionResult<CommentActionData> | null;

/**
 * The comment form's action, bound to the post's slug and the UI locale. Only the schema's fields
 * are read (anything else in the form is ignored); the post, reply and policy checks are shared
 * with the JSON API. `error` is 'invalid' for field errors, else a message in the UI language.
 */
export const postComment = defineAction(
  { public: true },
  commentSchema,
  async (values, { bound: { slug, locale } }): Promise<ActionResult<CommentActionData>> => {
    const outcome = submitComment({
      slug,
      values,
      pageLanguage: locale,
      headers: await headers(),
      signedIn: await getCurrentUser(),
    });
    if (outcome.ok) await rememberCommenter(outcome, values);
    return submissionResult(outcome, { values, locale }, COMMENT_SUBMISSION, (done) => ({
      id: done.id,
      status: done.status,
      name: values.name,
      body: values.body,
      parentId: values.parentId ?? null,
    }));
  },
  { bound: boundPostSchema },
);

/** The reader's cookies after a comment: their own held ones, the remembered name, the page's hint. */
async function rememberCommenter(comment: { id: number; mine: boolean }, values: CommentValues) {
  const jar = await cookies();
  if (comment.mine)
    jar.set(
      OWN_COMMENTS_COOKIE,
      withOwnId(jar.get(OWN_COMMENTS_COOKIE)?.value, comment.id),
      cookieOptions(COOKIE_AGE.own),
    );
  if (values.remember)
    jar.set(
      COMMENTER_COOKIE,
      commenterValue(values.name, values.email),
      cookieOptions(COOKIE_AGE.commenter),
    );
  else jar.delete(COMMENTER_COOKIE);
  // Tells the cached page's script that this reader has something to fetch (it holds no data).
  jar.set(READER_HINT_COOKIE, '1', { ...cookieOptions(COOKIE_AGE.own), httpOnly: false });
}
