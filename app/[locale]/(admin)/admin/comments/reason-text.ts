import type { CommentStatus } from '@/db/schema';
import { shownReason, type HeldReason } from '@/lib/comments/reasons';
import type { Translate } from '@/lib/i18n/translate';

function because(t: Translate, reason: HeldReason): string {
  switch (reason.code) {
    case 'blockWord':
    case 'holdWord':
      return t(`moderationReasons.${reason.code}`, { word: reason.word });
    case 'links':
      return t('moderationReasons.links', { count: reason.count });
    case 'other':
      return t('moderationReasons.other', { reason: reason.reason });
    default:
      return t(`moderationReasons.${reason.code}`);
  }
}

/** "Held because: …" in the UI language, or null where the policy's reason explains nothing. */
export function reasonText(t: Translate, stored: string | null, status: CommentStatus) {
  const reason = shownReason(stored, status);
  if (!reason) return null;
  const key = status === 'spam' ? 'spamBecause' : 'heldBecause';
  return t(`moderationReasons.${key}`, { reason: because(t, reason) });
}
