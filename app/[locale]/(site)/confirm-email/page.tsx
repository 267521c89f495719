import type { Metadata } from 'next';
import Link from 'next/link';
import { pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { findConfirmation } from '@/server/mail/confirmation';
import { confirmReplyMail } from './actions';

// Answers depend on the token in the query: rendered per request, with a CSP nonce from proxy.ts.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('mail.confirm.title'), robots: { index: false } };
}

/**
 * Where a confirmation mail's link lands. A GET changes nothing (mail scanners open links): the
 * reader confirms with a button. A forged, cut or expired link gets a message, never an error.
 */
export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const { token } = await searchParams;
  const found = findConfirmation(typeof token === 'string' ? token : null);
  const heading = <h1 className="page-title">{t('mail.confirm.title')}</h1>;
  if (found.state === 'invalid' || found.state === 'expired')
    return (
      <section className="unsubscribe">
        {heading}
        <p role="alert">{t(`mail.confirm.${found.state}`)}</p>
      </section>
    );
  return (
    <section className="unsubscribe">
      {heading}
      {found.state === 'valid' ? (
        <form action={confirmReplyMail}>
          <p>{t('mail.confirm.ask', { title: pick(found.titles, locale) })}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('mail.confirm.button')}</button>
        </form>
      ) : (
        <p role="status">{t('mail.confirm.done')}</p>
      )}
      <p>
        <Link href={`/${locale}/posts/${encodeURIComponent(found.slug)}`}>
          {t('mail.confirm.backToPost')}
        </Link>
      </p>
    </section>
  );
}
