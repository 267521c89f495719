import type { Metadata } from 'next';
import { MailLinkPage } from '@/components/mail-link-page';
import { pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { findUnsubscribe } from '@/server/mail/unsubscribe';
import { confirmUnsubscribe } from './actions';

// Answers depend on the token in the query: rendered per request, with a CSP nonce from proxy.ts.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('mail.unsubscribe.title'), robots: { index: false } };
}

/**
 * Where an email's unsubscribe link lands. A GET changes nothing (link scanners open links): the
 * reader confirms with a button. Without a genuine token it says so, and nothing else.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const { token } = await searchParams;
  const target = typeof token === 'string' ? findUnsubscribe(token) : null;
  const title = target ? pick(target.titles, locale) : '';
  return (
    <MailLinkPage
      title={t('mail.unsubscribe.title')}
      refusal={target ? undefined : t('mail.unsubscribe.invalid')}
      ask={
        target?.notifyReplies
          ? {
              text: t('mail.unsubscribe.confirm', { title }),
              button: t('mail.unsubscribe.button'),
              action: confirmUnsubscribe,
            }
          : undefined
      }
      done={t('mail.unsubscribe.done', { title })}
      token={typeof token === 'string' ? token : undefined}
      locale={locale}
      back={
        target
          ? {
              href: `/${locale}/posts/${encodeURIComponent(target.slug)}`,
              label: t('mail.unsubscribe.backToPost'),
            }
          : undefined
      }
    />
  );
}
