import type { Metadata } from 'next';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/lib/dal';
import { localeFrom } from '@/lib/i18n/server';
import { MESSAGES } from '@/lib/i18n/translate';
import { settingsFormValues } from '@/lib/validations/settings';
import { SettingsForm } from './settings-form';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('settings.title') };
}

export default async function SettingsPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/settings`, 'owner');
  const values = settingsFormValues(getSettings());
  return (
    <div className="admin-page">
      <h1>{t('settings.title')}</h1>
      <SettingsForm m={MESSAGES[locale].settings} values={values} names={MESSAGES[locale].languageNames} />
      <datalist id="time-zones">
        {Intl.supportedValuesOf('timeZone').map((z) => <option key={z} value={z} />)}
      </datalist>
    </div>
  );
}
