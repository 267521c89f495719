import type { CommentPolicy, CommentStatus, Settings } from '@/db/schema';
import { countLinks } from './links';
import { REASON } from './reasons';
import { findListedWord } from './words';

export type PolicySettings = Pick<
  Settings,
  'commentPolicy' | 'linkLimit' | 'holdWords' | 'blockWords'
>;
export type PolicyComment = { name: string; email: string; body: string; honeypot: boolean };
export type Decision = { status: Exclude<CommentStatus, 'trash'>; reason: string };

/**
 * What the policy may know about an author. An email address alone proves nothing (anyone can
 * type the owner's), so trust needs the same name and email on a comment a moderator approved
 * by hand, never a staff member's address unless that staff member is signed in.
 */
export type AuthorTrust = {
  /** Approved by a moderator (not by the policy, not a staff reply) under this name and email. */
  moderatorApproved: number;
  /** The email belongs to an owner or moderator account. */
  staffAddress: boolean;
  /** The comment comes from the signed-in staff member whose email it is. */
  signedInStaff: boolean;
};

export const UNTRUSTED: AuthorTrust = {
  moderatorApproved: 0,
  staffAddress: false,
  signedInStaff: false,
};

function trustDecision(trust: AuthorTrust): Decision {
  if (trust.signedInStaff) return { status: 'approved', reason: REASON.signedInStaff };
  if (trust.staffAddress) return { status: 'pending', reason: REASON.staffAddress };
  if (trust.moderatorApproved > 0) return { status: 'approved', reason: REASON.previouslyApproved };
  return { status: 'pending', reason: REASON.firstComment };
}

const POLICY_DECISION: Record<CommentPolicy, (trust: AuthorTrust) => Decision> = {
  'hold-all': () => ({ status: 'pending', reason: REASON.holdAll }),
  'trust-approved': trustDecision,
  'approve-all': () => ({ status: 'approved', reason: REASON.approveAll }),
};

/**
 * Where a new comment goes, and why (the reason is shown to moderators). Spam signals first, then
 * the "always hold" rules, then the blog's policy.
 */
export function decideStatus(
  settings: PolicySettings,
  comment: PolicyComment,
  trust: AuthorTrust,
): Decision {
  const fields = [comment.name, comment.email, comment.body];
  if (comment.honeypot) return { status: 'spam', reason: REASON.honeypot };
  const blocked = findListedWord(settings.blockWords, fields);
  if (blocked) return { status: 'spam', reason: REASON.blockWord(blocked) };
  const links = countLinks(comment.body);
  // As in WordPress, a limit of 0 turns the rule off.
  if (settings.linkLimit > 0 && links >= settings.linkLimit)
    return { status: 'pending', reason: REASON.links(links) };
  const held = findListedWord(settings.holdWords, fields);
  if (held) return { status: 'pending', reason: REASON.holdWord(held) };
  return POLICY_DECISION[settings.commentPolicy](trust);
}

/** What a commenter is told: a comment sent to spam looks just like one held for moderation. */
export function publicStatus(status: CommentStatus): 'pending' | 'approved' {
  return status === 'approved' ? 'approved' : 'pending';
}

/** Closed by the post's switch, or by the blog's "close after N days" setting. */
export function commentsClosed(
  post: { commentsOpen: boolean; publishedAt: Date | string | null },
  closeAfterDays: number | null,
  now = new Date(),
): boolean {
  if (!post.commentsOpen) return true;
  if (closeAfterDays === null || closeAfterDays <= 0 || !post.publishedAt) return false;
  return now.getTime() - new Date(post.publishedAt).getTime() > closeAfterDays * 86_400_000;
}
