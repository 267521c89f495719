import 'server-only';
import { listCategoriesForAdmin } from '@/db/queries/admin-categories';
import { listTagsForAdmin } from '@/db/queries/tags';
import { treeOrder } from '@/lib/category-tree';
import { getSettings } from '@/db/queries/settings';
import { pick } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { getTranslator, languageName } from '@/lib/i18n/translate';
import { formLanguages } from './editor-values';

/** The messages of the editor and the importers (for their `ClientMessages`). */
export const EDITOR_MESSAGES = ['editor', 'errors', 'stale', 'alignment', 'taxonomy'] as const;

/** What every editor page hands the client editor: languages, categories, tags and zone. */
export function editorProps(locale: Locale, postLanguages: string[] = []) {
  const settings = getSettings();
  const languages = formLanguages(settings, postLanguages);
  const t = getTranslator(locale);
  return {
    settings,
    languages,
    categories: treeOrder(listCategoriesForAdmin()).map((c) => ({
      id: c.id,
      name: pick(c.names, locale) || c.slug,
      depth: c.depth,
    })),
    // Every name of every tag: completion matches whichever language the owner types in.
    tagSuggestions: [...new Set(listTagsForAdmin().flatMap((tag) => Object.values(tag.names)))],
    timeZone: settings.timeZone,
    names: Object.fromEntries(languages.map((l) => [l, languageName(t, l)])),
  };
}
