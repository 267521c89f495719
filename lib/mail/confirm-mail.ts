import type { Translate } from '@/lib/i18n/translate';
import { oneLine, type ComposedMail } from './compose';

type Confirmation = { blog: string; confirmUrl: string; days: number };

/**
 * The double opt-in mail. Anyone can type any address into a comment form, so it carries nothing
 * a reader wrote (no name, no comment text): only the blog's own name and the signed link.
 */
export function confirmationMail(t: Translate, c: Confirmation): ComposedMail {
  const blog = oneLine(c.blog);
  return {
    subject: oneLine(t('mail.confirm.subject', { blog })),
    text: [
      t('mail.confirm.intro', { blog }),
      '',
      t('mail.confirm.action', { days: c.days }),
      c.confirmUrl,
      '',
      t('mail.confirm.ignore'),
      '',
      '-- ',
      t('mail.confirm.why', { blog }),
      '',
    ].join('\n'),
  };
}
