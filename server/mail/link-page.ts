import 'server-only';
import { redirect } from 'next/navigation';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';

/**
 * After a mail link's button (confirm an address, stop reply mail): back to the page it came
 * from, in the form's locale, with the token, so the page says what happened. A forged form
 * gets the blog's default locale and the page's "not valid" answer, never an error.
 */
export function backToMailLinkPage(form: FormData, page: 'confirm-email' | 'unsubscribe'): never {
  const locale = form.get('locale');
  const token = form.get('token');
  redirect(
    `/${isLocale(locale) ? locale : DEFAULT_LOCALE}/${page}?token=${encodeURIComponent(typeof token === 'string' ? token : '')}`,
  );
}
