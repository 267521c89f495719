import 'server-only';
import { getSettings } from '@/db/queries/settings';
import { scheduleMailDelivery } from '@/server/mail/worker';
import { getOriginalText, getSuggestionPost } from '@/db/queries/suggestions';
import { env } from '@/lib/env';
import { commentRateLimit, commentThrottle } from '@/lib/comments/rate-limit';
import { keyedContentHash } from '@/server/comments/submit';
import { ipHash, proxyTrusted } from '@/server/request-meta';
import { suggestableLanguage } from '@/lib/suggestions/policy';
import type { SuggestionValues } from '@/lib/validations/suggestion';
import { storeSuggestion } from './store';

export type SuggestOutcome =
  | { ok: true; id: number; status: 'pending'; replayed: boolean }
  | { ok: false; error: 'postNotFound' }
  | { ok: false; error: 'keyReused' }
  | { ok: false; error: 'rateLimited'; retryAfterSeconds: number }
  | {
      ok: false;
      error: 'invalid';
      fieldErrors: Partial<
        Record<'blockId' | 'language', Array<'blockInvalid' | 'languageInvalid'>>
      >;
    };

export type SuggestTarget =
  | { ok: true; post: NonNullable<ReturnType<typeof getSuggestionPost>>; originalText: string }
  | Exclude<SuggestOutcome, { ok: true } | { error: 'keyReused' | 'rateLimited' }>;

/**
 * What a suggestion may be about: a block of a public post, in one of the post's translation
 * languages (never its original). The per-block page and the submission share this rule.
 */
export function suggestionTarget(slug: string, blockId: number, language: string): SuggestTarget {
  const post = getSuggestionPost({ slug });
  if (!post) return { ok: false, error: 'postNotFound' };
  if (!suggestableLanguage(post, language))
    return { ok: false, error: 'invalid', fieldErrors: { language: ['languageInvalid'] } };
  const originalText = getOriginalText({
    postId: post.id,
    blockId,
    originalLanguage: post.originalLanguage,
  });
  if (originalText === null)
    return { ok: false, error: 'invalid', fieldErrors: { blockId: ['blockInvalid'] } };
  return { ok: true, post, originalText };
}

/**
 * The idempotency key of a suggestion sent without one (no JavaScript): a keyed hash of the post,
 * block, language, text and who sent it, so a resent form replays the first suggestion, and two
 * suggestions that differ in any of these (another block, another post) never share a key.
 */
export function suggestionKey(
  postId: number,
  values: Pick<SuggestionValues, 'blockId' | 'language' | 'text' | 'name' | 'email'>,
): string {
  // The shape of the first version's key: suggestions stored since then keep replaying.
  const content = { blockId: values.blockId, language: values.language, body: values.text };
  const who = { authorName: values.name, authorEmail: values.email };
  return keyedContentHash(['suggestion', postId, content, who]);
}

type Submission = {
  slug: string;
  values: SuggestionValues;
  headers: Headers;
  /** Whoever is signed in skips the rate limit, as for comments. */
  signedIn: boolean;
};

/**
 * The suggesting path shared by the per-block form's server action and the JSON API, after the
 * schema has parsed the input: target checks, spam rules, the comment rate limit (counted apart)
 * and an idempotent insert. Nothing public changes, so no page expires.
 */
export function submitSuggestion({ slug, values, headers, signedIn }: Submission): SuggestOutcome {
  const target = suggestionTarget(slug, values.blockId, values.language);
  if (!target.ok) return target;
  const { post } = target;
  const settings = getSettings();
  const client = ipHash(headers);
  const limit = commentRateLimit(settings.rateLimit, env().COMMENT_RATE_LIMIT);
  const content = { blockId: values.blockId, language: values.language, body: values.text };
  const who = { authorName: values.name, authorEmail: values.email };
  const result = storeSuggestion({
    row: {
      postId: post.id,
      ...content,
      ...who,
      ipHash: client,
      userAgent: headers.get('user-agent')?.slice(0, 300) ?? null,
      // Without JavaScript there is no key: the same content resolves to the first suggestion.
      idempotencyKey: values.idempotencyKey ?? suggestionKey(post.id, values),
    },
    settings,
    honeypot: values.website,
    throttle: commentThrottle(
      limit,
      { signedIn, trustProxy: proxyTrusted(), client },
      'suggestion',
    ),
  });
  if (result.ok && result.created) scheduleMailDelivery();
  if (result.ok) return { ok: true, id: result.id, status: 'pending', replayed: !result.created };
  if (result.error === 'blockInvalid')
    return { ok: false, error: 'invalid', fieldErrors: { blockId: ['blockInvalid'] } };
  return result;
}
