import type { Metadata } from 'next';
import Link from 'next/link';
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
  if (!target)
    return (
      <section className="unsubscribe">
        <h1 className="page-title">{t('mail.unsubscribe.title')}</h1>
        <p role="alert">{t('mail.unsubscribe.invalid')}</p>
      </section>
    );
  const title = pick(target.titles, locale);
  return (
    <section className="unsubscribe">
      <h1 className="page-title">{t('mail.unsubscribe.title')}</h1>
      {target.notifyReplies ? (
        <form action={confirmUnsubscribe}>
          <p>{t('mail.unsubscribe.confirm', { title })}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('mail.unsubscribe.button')}</button>
        </form>
      ) : (
        <p role="status">{t('mail.unsubscribe.done', { title })}</p>
      )}
      <p>
        <Link href={`/${locale}/posts/${encodeURIComponent(target.slug)}`}>
          {t('mail.unsubscribe.backToPost')}
        </Link>
      </p>
    </section>
  );
}
