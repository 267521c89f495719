import type { SuggestionStatus } from '@/lib/model';
import { decideStatus, UNTRUSTED, type PolicySettings } from '@/lib/comments/policy';
import { REASON } from '@/lib/comments/reasons';

export type SuggestionDecision = {
  status: Exclude<SuggestionStatus, 'accepted' | 'rejected'>;
  reason: string;
};
export type SuggestionTarget = {
  originalLanguage: string;
  /** The languages the post is translated into (its titles), never the original's. */
  translationLanguages: string[];
};

/**
 * Where a new suggestion goes: the comment spam rules (honeypot, block words) send it to spam, and
 * everything else waits for a moderator. The policy's "approve" never applies: a suggestion
 * changes the post itself, so nobody's standing makes it public without a person accepting it.
 */
export function decideSuggestion(
  settings: PolicySettings,
  suggestion: { name: string; email: string; text: string; honeypot: boolean },
): SuggestionDecision {
  const decision = decideStatus(
    settings,
    {
      name: suggestion.name,
      email: suggestion.email,
      body: suggestion.text,
      honeypot: suggestion.honeypot,
    },
    UNTRUSTED,
  );
  if (decision.status === 'spam') return { status: 'spam', reason: decision.reason };
  // The blog's comment policy (hold all, trust approved authors) says nothing about suggestions:
  // only the rules about the text itself (links, hold words) give the moderator a reason.
  const own = decision.status === 'pending' && !decision.reason.startsWith('policy:');
  return { status: 'pending', reason: own ? decision.reason : REASON.suggestionReview };
}

/** A translation can be suggested only into one of the post's translation languages. */
export const suggestableLanguage = (post: SuggestionTarget, language: string): boolean =>
  language !== post.originalLanguage && post.translationLanguages.includes(language);
