import type { Metadata } from 'next';
import { ClientMessages } from '@/components/client-messages';
import { getSettings } from '@/db/queries/settings';
import { countSuggestionsByStatus, listSuggestions } from '@/db/queries/suggestion-moderation';
import { formatDateTime, pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { languageName } from '@/lib/i18n/translate';
import { requirePageRole } from '@/server/dal';
import { SUGGESTION_ERRORS } from '@/lib/validations/suggestion';
import {
  SUGGESTION_PAGE_SIZE,
  suggestionQuerySchema,
} from '@/lib/validations/suggestion-moderation';
import { QueuePager } from '../comments/queue-pager';
import type { SuggestionItem } from './suggestion-item';
import { SuggestionRow } from './suggestion-row';
import { SuggestionTabs } from './suggestion-tabs';
import './suggestions.css';

const FORM_ERRORS = [
  ...SUGGESTION_ERRORS,
  'suggestionGone',
  'suggestionPostTrashed',
  'invalid',
  'nul',
] as const;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('suggestionQueue.title') };
}

/** Readers' translation suggestions, by status, for the owner and moderators. */
export default async function SuggestionsQueue({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const path = `/${locale}/admin/suggestions`;
  await requirePageRole(locale, path, 'owner', 'moderator');
  const query = suggestionQuerySchema.parse(await searchParams);
  const { rows, total } = listSuggestions({ ...query, perPage: SUGGESTION_PAGE_SIZE });
  const { timeZone } = getSettings();
  const items: SuggestionItem[] = rows.map((r) => ({
    ...r,
    status: query.status,
    postTitle: pick(r.titles, locale) || r.postSlug,
    postHref: `/${locale}/posts/${r.postSlug}`,
    blockNumber: r.position === null ? null : r.position + 1,
    languageName: languageName(t, r.language),
    time: formatDateTime(r.createdAt, locale, timeZone),
    iso: r.createdAt.toISOString(),
  }));
  return (
    <div className="admin-page queue">
      <h1>{t('suggestionQueue.title')}</h1>
      <SuggestionTabs
        t={t}
        locale={locale}
        current={query.status}
        counts={countSuggestionsByStatus()}
      />
      {items.length === 0 ? (
        <p>{t('suggestionQueue.empty')}</p>
      ) : (
        <ClientMessages
          locale={locale}
          namespaces={['suggestionQueue']}
          errors={FORM_ERRORS}
          timeZone={timeZone}
        >
          <ul className="suggestion-rows">
            {items.map((item) => (
              <SuggestionRow key={item.id} item={item} t={t} />
            ))}
          </ul>
        </ClientMessages>
      )}
      <QueuePager
        t={t}
        path={path}
        page={query.page}
        pages={Math.ceil(total / SUGGESTION_PAGE_SIZE)}
        query={{ status: query.status }}
      />
    </div>
  );
}
