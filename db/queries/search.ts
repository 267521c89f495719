import 'server-only';
import { inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { posts } from '@/db/schema';
import { canUseFts, ftsString, likePattern, searchTerms } from '@/lib/search/query';
import { buildSnippet, type Snippet } from '@/lib/search/snippet';
import { isPublic, listPublishedPosts, type PostSummary } from './posts';

type Hit = { postId: number; language: string; source: 'block' | 'title'; text: string };
export type SearchResult = {
  post: PostSummary;
  snippet: Snippet & { language: string; source: Hit['source'] };
};

/** Rows of search_index containing `term`: FTS5 trigram MATCH, or LIKE under three characters. */
function matching(term: string): SQL {
  return canUseFts(term)
    ? sql`search_index match ${ftsString(term)}`
    : sql`search_index.text like ${likePattern(term)} escape '\\'`;
}

type Match = { postId: number; inTitle: number; publishedAt: number };

function publicPostsMatching(term: string, now: Date): Match[] {
  return getDb().all<Match>(sql`
    select search_index.post_id as postId, max(search_index.source = 'title') as inTitle, ${posts.publishedAt} as publishedAt
    from search_index join ${posts} on ${posts.id} = search_index.post_id
    where ${matching(term)} and ${isPublic(now)}
    group by search_index.post_id`);
}

/** Posts containing every term (each anywhere in the post), title matches first, then newest. */
function matchingPostIds(terms: string[], now: Date): number[] {
  const [first, ...rest] = terms.map((term) => publicPostsMatching(term, now));
  const others = rest.map((matches) => new Map(matches.map((m) => [m.postId, m])));
  return (first ?? [])
    .filter((m) => others.every((o) => o.has(m.postId)))
    .map((m) => ({
      ...m,
      inTitle: Math.max(m.inTitle, ...others.map((o) => o.get(m.postId)!.inTitle)),
    }))
    .sort((a, b) => b.inTitle - a.inTitle || b.publishedAt - a.publishedAt || b.postId - a.postId)
    .map((m) => m.postId);
}

/** The hit to show for each post: a block in the reader's language, else any block, else a title. */
function bestHits(terms: string[], postIds: number[], locale: string): Map<number, Hit> {
  const score = (h: Hit) => (h.source === 'block' ? 2 : 0) + (h.language === locale ? 1 : 0);
  const best = new Map<number, Hit>();
  for (const term of terms) {
    const hits = getDb().all<Hit>(sql`
      select post_id as postId, language, source, text from search_index
      where ${matching(term)} and search_index.post_id in ${postIds}`);
    for (const hit of hits) {
      const current = best.get(hit.postId);
      if (!current || score(hit) > score(current)) best.set(hit.postId, hit);
    }
  }
  return best;
}

/**
 * Public posts whose titles and block texts (in any language) contain every word of `query`.
 * Drafts and scheduled posts never match; comments are not searched.
 */
export function searchPosts({
  query,
  page = 1,
  perPage = 10,
  locale,
  now = new Date(),
}: {
  query: string;
  page?: number;
  perPage?: number;
  locale: string;
  now?: Date;
}) {
  const terms = searchTerms(query);
  const ids = terms.length ? matchingPostIds(terms, now) : [];
  const pageIds = ids.slice((page - 1) * perPage, page * perPage);
  if (!pageIds.length) return { total: ids.length, results: [] as SearchResult[] };
  const summaries = new Map(
    listPublishedPosts({
      perPage: pageIds.length,
      where: inArray(posts.id, pageIds),
      now,
    }).posts.map((p) => [p.id, p]),
  );
  const hits = bestHits(terms, pageIds, locale);
  const results = pageIds.flatMap((id) => {
    const post = summaries.get(id);
    const hit = hits.get(id);
    return post && hit
      ? [
          {
            post,
            snippet: {
              ...buildSnippet(hit.text, terms),
              language: hit.language,
              source: hit.source,
            },
          },
        ]
      : [];
  });
  return { total: ids.length, results };
}
