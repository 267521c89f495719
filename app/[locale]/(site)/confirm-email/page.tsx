import type { Metadata } from 'next';
import { MailLinkPage } from '@/components/mail-link-page';
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
  const common = {
    title: t('mail.confirm.title'),
    token: typeof token === 'string' ? token : undefined,
    locale,
  };
  if (found.state === 'invalid' || found.state === 'expired')
    return <MailLinkPage {...common} refusal={t(`mail.confirm.${found.state}`)} />;
  return (
    <MailLinkPage
      {...common}
      ask={
        found.state === 'valid'
          ? {
              text: t('mail.confirm.ask', { title: pick(found.titles, locale) }),
              button: t('mail.confirm.button'),
              action: confirmReplyMail,
            }
          : undefined
      }
      done={t('mail.confirm.done')}
      back={{
        href: `/${locale}/posts/${encodeURIComponent(found.slug)}`,
        label: t('mail.confirm.backToPost'),
      }}
    />
  );
}
