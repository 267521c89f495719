import type { Translate } from '@/lib/i18n/translate';
import type { RestoreConfirm } from './restore-button';

/** What restoring a revision can answer (for the `ClientMessages` around its buttons). */
export const RESTORE_ERRORS = ['invalid', 'postGone', 'postSlugTaken'] as const;

/** The confirmation dialog's words, in the page's language (the button is a client part). */
export function restoreConfirm(t: Translate, time: string): RestoreConfirm {
  return {
    title: t('revisionRestore.title'),
    body: t('revisionRestore.body', { time }),
    yes: t('revisionRestore.yes'),
    no: t('revisionRestore.no'),
  };
}
