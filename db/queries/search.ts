import 'server-only';
import { inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { posts, postTranslations } from '@/db/schema';
import { plainText } from '@/lib/blocks/markdown/plain';
import { englishStem, hasTerm, markedWords, stemProbe } from '@/lib/search/stem';
import { canUseFts, ftsString, likePattern, searchTerms } from '@/lib/search/query';
import { buildSnippet, type Snippet } from '@/lib/search/snippet';
import { isPublic, listPublishedPosts, type PostSummary } from './posts';

type Hit = {
  postId: number;
  language: string;
  source: 'block' | 'title' | 'excerpt';
  text: string;
};
export type SearchResult = {
  post: PostSummary;
  snippet: Snippet & { language: string; source: Hit['source'] };
};
type Row = Hit & { id: string; publishedAt: number };

/** Rows of search_index containing `term`: FTS5 trigram MATCH, or LIKE under three characters. */
function matching(term: string): SQL {
  return canUseFts(term)
    ? sql`search_index match ${ftsString(term)}`
    : sql`search_index.text like ${likePattern(term)} escape '\\'`;
}

/** Titles and block texts (search_index) and excerpts (read where they are) holding `text`. */
function rowsHolding(text: string, now: Date): Row[] {
  const indexed = getDb().all<Row>(sql`
    select 'i' || search_index.rowid as id, search_index.post_id as postId, search_index.language as language,
      search_index.source as source, search_index.text as text, ${posts.publishedAt} as publishedAt
    from search_index join ${posts} on ${posts.id} = search_index.post_id
    where ${matching(text)} and ${isPublic(now)}`);
  const excerpts = getDb().all<Row>(sql`
    select 'e' || ${postTranslations}.rowid as id, ${postTranslations.postId} as postId,
      ${postTranslations.language} as language, 'excerpt' as source,
      ${postTranslations.excerpt} as text, ${posts.publishedAt} as publishedAt
    from ${postTranslations} join ${posts} on ${posts.id} = ${postTranslations.postId}
    where ${postTranslations.excerpt} like ${likePattern(text)} escape '\\' and ${isPublic(now)}`);
  return [...indexed, ...excerpts];
}

/**
 * Every public row holding `term`: as typed, or (an English word) as any word of the same stem,
 * found through the stem's probe and checked word by word.
 */
function rowsMatching(term: string, now: Date): Row[] {
  const stem = englishStem(term);
  const rows = new Map<string, Row>();
  for (const text of new Set([term, ...(stem ? [stemProbe(stem)] : [])]))
    for (const row of rowsHolding(text, now)) rows.set(row.id, row);
  const all = [...rows.values()];
  return stem ? all.filter((row) => hasTerm(plainText(row.text), term)) : all;
}

type Match = { postId: number; inTitle: number; publishedAt: number };

/** Posts holding every term (each anywhere in the post), title matches first, then newest. */
function matchingPostIds(rowsByTerm: Row[][]): number[] {
  const [first, ...rest] = rowsByTerm.map((rows) => {
    const posts = new Map<number, Match>();
    for (const { postId, source, publishedAt } of rows) {
      const inTitle = Number(source === 'title' || posts.get(postId)?.inTitle === 1);
      posts.set(postId, { postId, inTitle, publishedAt });
    }
    return posts;
  });
  return [...(first?.values() ?? [])]
    .filter((m) => rest.every((o) => o.has(m.postId)))
    .map((m) => ({
      ...m,
      inTitle: Math.max(m.inTitle, ...rest.map((o) => o.get(m.postId)!.inTitle)),
    }))
    .sort((a, b) => b.inTitle - a.inTitle || b.publishedAt - a.publishedAt || b.postId - a.postId)
    .map((m) => m.postId);
}

/** The hit to show for each post: a block in the reader's language, else any block or excerpt, else a title. */
function bestHits(rowsByTerm: Row[][], postIds: number[], locale: string): Map<number, Hit> {
  const rank = { block: 2, excerpt: 1, title: 0 };
  const score = (h: Hit) => rank[h.source] * 2 + (h.language === locale ? 1 : 0);
  const wanted = new Set(postIds);
  const best = new Map<number, Hit>();
  for (const hit of rowsByTerm.flat()) {
    if (!wanted.has(hit.postId)) continue;
    const current = best.get(hit.postId);
    if (!current || score(hit) > score(current)) best.set(hit.postId, hit);
  }
  return best;
}

/**
 * Public posts whose titles, excerpts and block texts (in any language) contain every word of
 * `query`; an English word also finds the other forms of its stem ("libraries", "library").
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
  const rowsByTerm = terms.map((term) => rowsMatching(term, now));
  const ids = terms.length ? matchingPostIds(rowsByTerm) : [];
  const pageIds = ids.slice((page - 1) * perPage, page * perPage);
  if (!pageIds.length) return { total: ids.length, results: [] as SearchResult[] };
  const summaries = new Map(
    listPublishedPosts({
      perPage: pageIds.length,
      where: inArray(posts.id, pageIds),
      now,
    }).posts.map((p) => [p.id, p]),
  );
  const hits = bestHits(rowsByTerm, pageIds, locale);
  const results = pageIds.flatMap((id) => {
    const post = summaries.get(id);
    const hit = hits.get(id);
    return post && hit
      ? [
          {
            post,
            snippet: {
              ...buildSnippet(hit.text, markedWords(plainText(hit.text), terms)),
              language: hit.language,
              source: hit.source,
            },
          },
        ]
      : [];
  });
  return { total: ids.length, results };
}
