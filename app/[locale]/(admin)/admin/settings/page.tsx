import type { Metadata } from 'next';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/lib/dal';
import { localeFrom } from '@/lib/i18n/server';
import { MESSAGES } from '@/lib/i18n/translate';
import type { SettingsFormValues } from '@/lib/validations/settings';
import { SettingsForm } from './settings-form';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('settings.title') };
}

export default async function SettingsPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/settings`, 'owner');
  const s = getSettings();
  const values: SettingsFormValues = {
    titles: s.titles,
    descriptions: s.descriptions,
    languages: s.languages.join(', '),
    defaultLanguage: s.defaultLanguage,
    timeZone: s.timeZone,
    defaultView: s.defaultView,
    postsPerPage: String(s.postsPerPage),
    commentPolicy: s.commentPolicy,
    linkLimit: String(s.linkLimit),
    holdWords: s.holdWords,
    blockWords: s.blockWords,
    rateLimit: s.rateLimit,
    threadDepth: String(s.threadDepth),
    closeCommentsAfterDays: s.closeCommentsAfterDays === null ? '' : String(s.closeCommentsAfterDays),
  };
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
