import type { Metadata } from 'next';
import { listRedirects } from '@/db/queries/redirects';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { RedirectForm } from './redirect-form';
import styles from './redirects.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('redirects.title') };
}

/** Old addresses (an import's, or the owner's own) that answer 301; owner only. */
export default async function RedirectsPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/redirects`, 'owner');
  const rows = listRedirects();
  return (
    <div className={`admin-page ${styles.page}`}>
      <h1>{t('redirects.title')}</h1>
      <p className="muted">{t('redirects.help')}</p>
      <ClientMessages
        locale={locale}
        namespaces={['redirects', 'errors']}
        timeZone={getSettings().timeZone}
      >
        <h2>{t('redirects.newRedirect')}</h2>
        <RedirectForm values={{ fromPath: '', to: '' }} />
        <h2>{t('redirects.count', { count: rows.length })}</h2>
        <ul className={styles.list}>
          {rows.map((r) => (
            <li key={r.id}>
              <RedirectForm
                values={{ id: r.id, fromPath: r.fromPath, to: r.postSlug ?? r.toPath ?? '' }}
              />
            </li>
          ))}
        </ul>
      </ClientMessages>
    </div>
  );
}
