import 'server-only';
import { listCategoriesForAdmin } from '@/db/queries/admin-categories';
import { getSettings } from '@/db/queries/settings';
import { pick } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/translate';
import { formLanguages } from './editor-values';

/** What every editor page hands the client editor: languages, categories, zone and its strings. */
export function editorProps(locale: Locale, postLanguages: string[] = []) {
  const settings = getSettings();
  const languages = formLanguages(settings, postLanguages);
  const names: Record<string, string> = MESSAGES[locale].languageNames;
  return {
    settings,
    languages,
    categories: listCategoriesForAdmin().map((c) => ({ id: c.id, name: pick(c.names, locale) || c.slug })),
    timeZone: settings.timeZone,
    m: MESSAGES[locale].editor,
    names: Object.fromEntries(languages.map((l) => [l, names[l] ?? l])),
  };
}
