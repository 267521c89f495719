/**
 * Why the policy decided what it did, as stored on the comment. The stored text stays a stable
 * English code (older rows have it, and logs read it); staff see it through `parseReason` in the
 * UI language, and only when the comment was held or sent to spam.
 */
export const REASON = {
  honeypot: 'honeypot filled',
  blockWord: (word: string) => `block word: ${word}`,
  links: (count: number) => `links: ${count}`,
  holdWord: (word: string) => `hold word: ${word}`,
  holdAll: 'policy: hold all',
  approveAll: 'policy: approve all',
  signedInStaff: 'policy: signed-in staff',
  staffAddress: 'policy: staff address, not signed in',
  previouslyApproved: 'policy: previously approved author',
  firstComment: 'policy: first comment',
  // Every suggestion waits for a person: stored on those no rule held, it explains nothing.
  suggestionReview: 'suggestion: needs review',
} as const;

export type ParsedReason =
  | { code: 'honeypot' | 'holdAll' | 'staffAddress' | 'firstComment' }
  | { code: 'approveAll' | 'signedInStaff' | 'previouslyApproved' | 'suggestionReview' }
  | { code: 'blockWord' | 'holdWord'; word: string }
  | { code: 'links'; count: number }
  | { code: 'other'; reason: string };

const FIXED = {
  [REASON.honeypot]: 'honeypot',
  [REASON.holdAll]: 'holdAll',
  [REASON.approveAll]: 'approveAll',
  [REASON.signedInStaff]: 'signedInStaff',
  [REASON.staffAddress]: 'staffAddress',
  [REASON.previouslyApproved]: 'previouslyApproved',
  [REASON.firstComment]: 'firstComment',
  [REASON.suggestionReview]: 'suggestionReview',
} as const;

/** The stored reason as a code and its arguments; text nobody wrote through REASON stays as it is. */
export function parseReason(stored: string): ParsedReason {
  if (Object.hasOwn(FIXED, stored)) return { code: FIXED[stored as keyof typeof FIXED] };
  const [, prefix, rest] = /^(block word|hold word|links): (.+)$/s.exec(stored) ?? [];
  if (prefix === 'links' && /^\d+$/.test(rest!)) return { code: 'links', count: Number(rest) };
  if (prefix === 'block word') return { code: 'blockWord', word: rest! };
  if (prefix === 'hold word') return { code: 'holdWord', word: rest! };
  return { code: 'other', reason: stored };
}

type Approving = 'approveAll' | 'signedInStaff' | 'previouslyApproved' | 'suggestionReview';
export type HeldReason = Exclude<ParsedReason, { code: Approving }>;

// Decisions that let a comment through (nothing to explain once a moderator holds it by hand),
// and the plain "a suggestion waits for review", true of every pending suggestion.
const APPROVING: ReadonlySet<string> = new Set<Approving>([
  'approveAll',
  'signedInStaff',
  'previouslyApproved',
  'suggestionReview',
]);

/** The reason worth showing staff: only on a comment the policy held or sent to spam and that is still there. */
export function shownReason(stored: string | null, status: string): HeldReason | null {
  if (!stored || (status !== 'pending' && status !== 'spam')) return null;
  const parsed = parseReason(stored);
  return APPROVING.has(parsed.code) ? null : (parsed as HeldReason);
}
