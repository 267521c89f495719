'use server';

import { newIdempotencyKey } from '@/lib/idempotency-key';
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
import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { getErrorText } from '@/lib/i18n/translate';
import { boundPostSchema } from '@/lib/validations/bound';
import { commentSchema } from '@/lib/validations/comment';

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
export async function postComment(
  slug: unknown,
  locale: unknown,
  previous: CommentActionState,
  form: FormData,
): Promise<ActionResult<CommentActionData>> {
  const bound = boundPostSchema.safeParse({ slug, locale });
  const language = bound.success ? bound.data.locale : DEFAULT_LOCALE;
  const say = getErrorText(language);
  if (!bound.success) return { ok: false, error: say('postNotFound') };
  return defineAction<typeof commentSchema, CommentActionData>(
    { public: true },
    commentSchema,
    async (values) => {
      const kept = {
        name: values.name,
        email: values.email,
        body: values.body,
        remember: values.remember,
        notifyReplies: values.notifyReplies,
        idempotencyKey: values.idempotencyKey,
      };
      const outcome = submitComment({
        slug: bound.data.slug,
        values,
        pageLanguage: language,
        headers: await headers(),
        signedIn: await getCurrentUser(),
      });
      if (!outcome.ok) {
        if (outcome.error === 'invalid')
          return { ok: false, error: 'invalid', fieldErrors: outcome.fieldErrors, values: kept };
        // The key already stored other text: a fresh one lets this text go out as a comment of its own.
        if (outcome.error === 'keyReused')
          return {
            ok: false,
            error: say('keyReused'),
            values: { ...kept, idempotencyKey: newIdempotencyKey() },
          };
        const minutes =
          outcome.error === 'rateLimited' ? Math.ceil(outcome.retryAfterSeconds / 60) : 0;
        return { ok: false, error: say(outcome.error, { minutes }), values: kept };
      }
      const jar = await cookies();
      if (outcome.mine)
        jar.set(
          OWN_COMMENTS_COOKIE,
          withOwnId(jar.get(OWN_COMMENTS_COOKIE)?.value, outcome.id),
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
      return {
        ok: true,
        data: {
          id: outcome.id,
          status: outcome.status,
          nextKey: newIdempotencyKey(),
          name: values.name,
          body: values.body,
          parentId: values.parentId ?? null,
        },
      };
    },
  )(previous, form);
}
