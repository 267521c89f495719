import type { Metadata } from 'next';
import { getBlogLook } from '@/db/queries/blog-look';
import { getSettings } from '@/db/queries/settings';
import { env } from '@/lib/env';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { languageName, MESSAGES } from '@/lib/i18n/translate';
import { settingsFormValues } from '@/lib/validations/settings';
import { SettingsForm } from './settings-form';

const logoOf = ({ logoFile }: { logoFile: string | null }) => logoFile && `/media/${logoFile}`;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('settings.title') };
}

export default async function SettingsPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/settings`, 'owner');
  const settings = getSettings();
  const values = settingsFormValues(settings);
  // Every language the catalogue can name, for the languages the owner types in.
  const names = Object.fromEntries(
    Object.keys(MESSAGES[locale].languageNames).map((l) => [l, languageName(t, l)]),
  );
  return (
    <div className="admin-page">
      <h1>{t('settings.title')}</h1>
      <ClientMessages
        locale={locale}
        namespaces={['settings', 'errors']}
        timeZone={settings.timeZone}
      >
        <SettingsForm
          values={values}
          names={names}
          rateLimitOverride={env().COMMENT_RATE_LIMIT}
          logoSrc={logoOf(getBlogLook())}
        />
      </ClientMessages>
      <datalist id="time-zones">
        {Intl.supportedValuesOf('timeZone').map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </div>
  );
}
