import type { Metadata } from 'next';
import { PostCard } from '@/components/post-card';
import { Pagination, pageFrom } from '@/components/pagination';
import { searchPosts } from '@/db/queries/search';
import { getSettings } from '@/db/queries/settings';
import { localeFrom } from '@/server/i18n';
import { SEARCH_QUERY_MAX, searchQuerySchema } from '@/lib/validations/search';
import { SearchSnippet } from './search-snippet';

// Results depend on the query: rendered per request, with a CSP nonce from proxy.ts.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('site.searchTitle'), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const query = await searchParams;
  const parsed = searchQuerySchema.safeParse(query.q);
  const q = parsed.success ? parsed.data : String(Array.isArray(query.q) ? query.q[0] : query.q);
  const settings = getSettings();
  const page = pageFrom(query.page);
  const { total, results } =
    parsed.success && q
      ? searchPosts({ query: q, page, perPage: settings.postsPerPage, locale })
      : { total: 0, results: [] };
  return (
    <>
      <h1 className="page-title">{t('site.searchTitle')}</h1>
      <form
        role="search"
        action={`/${locale}/search`}
        method="get"
        className="search-form search-page-form"
      >
        <label htmlFor="search-q">{t('site.searchQueryLabel')}</label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={SEARCH_QUERY_MAX}
          aria-describedby="search-hint"
          aria-invalid={!parsed.success || undefined}
        />
        <button type="submit">{t('site.searchButton')}</button>
        <p id="search-hint" className="hint">
          {parsed.success
            ? t('site.searchHint')
            : t('site.searchTooLong', { max: SEARCH_QUERY_MAX })}
        </p>
      </form>
      {parsed.success && q && (
        <p role="status" className="search-summary">
          {total
            ? t('site.searchResults', { count: total, query: q })
            : t('site.searchNoResults', { query: q })}
        </p>
      )}
      <ol className="post-list search-results">
        {results.map(({ post, snippet }) => (
          <li key={post.id} className="post-card">
            <PostCard post={post} locale={locale} t={t} timeZone={settings.timeZone} />
            <SearchSnippet snippet={snippet} t={t} />
          </li>
        ))}
      </ol>
      <Pagination
        t={t}
        page={page}
        pages={Math.ceil(total / settings.postsPerPage)}
        basePath={`/${locale}/search`}
        query={{ q }}
      />
    </>
  );
}
