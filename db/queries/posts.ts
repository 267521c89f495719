import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  blocks,
  blockTexts,
  categories,
  comments,
  posts,
  postTranslations,
  users,
} from '@/db/schema';
import { withBreakExcerpts } from '@/lib/blocks/excerpt';
import { isStale } from '@/lib/blocks/stale';
import type { PostBlock } from '@/lib/blocks/types';
import { breakExcerptsFor } from './excerpts';
import { getPostTaxonomy } from './taxonomy';

export type { Translations } from '@/lib/model';
import type { Translations } from '@/lib/model';
export type PostSummary = Awaited<ReturnType<typeof listPublishedPosts>>['posts'][number];
export type PublishedPost = NonNullable<Awaited<ReturnType<typeof getPostBySlug>>>;

const approvedCount = sql<number>`(select count(*) from ${comments} where ${comments.postId} = ${posts.id} and ${comments.status} = 'approved')`;
// The excerpt break has no text to translate: it is no block of the coverage count.
const blockCount = sql<number>`(select count(*) from ${blocks} where ${blocks.postId} = ${posts.id} and ${blocks.kind} <> 'more')`;

/** Published, not scheduled for later and not in the trash: live, whoever may read it. */
export function isLive(now = new Date()): SQL {
  return and(eq(posts.status, 'published'), lte(posts.publishedAt, now), isNull(posts.deletedAt))!;
}

/**
 * Live and readable by anyone: the filter every public query shares (pages, listings, feeds,
 * search, sitemap, comments). Password and private posts are never public: they are read per
 * request through server/protected-post.ts, which checks the reader.
 */
export function isPublic(now = new Date()): SQL {
  return and(isLive(now), eq(posts.visibility, 'public'))!;
}

/** When the next scheduled post becomes public (the earliest future publication time), if any. */
export function nextScheduledAt(now = new Date()): Date | null {
  const row = getDb()
    .select({ at: sql<number | null>`min(${posts.publishedAt})` })
    .from(posts)
    .where(and(eq(posts.status, 'published'), gt(posts.publishedAt, now), isNull(posts.deletedAt)))
    .get();
  return row?.at ? new Date(row.at) : null;
}

const summaryColumns = {
  id: posts.id,
  slug: posts.slug,
  status: posts.status,
  publishedAt: posts.publishedAt,
  originalLanguage: posts.originalLanguage,
  commentsOpen: posts.commentsOpen,
  // An imported post keeps its export author's name in the byline.
  authorName: sql<string>`coalesce(${posts.authorDisplayName}, ${users.name})`,
  visibility: posts.visibility,
  category: { id: categories.id, slug: categories.slug, names: categories.names },
  commentCount: approvedCount,
  blockCount,
  coverSrc: posts.coverSrc,
};

function translationsFor(postIds: number[]) {
  const rows = postIds.length
    ? getDb().select().from(postTranslations).where(inArray(postTranslations.postId, postIds)).all()
    : [];
  const coverageRows = postIds.length
    ? getDb()
        .select({
          postId: blocks.postId,
          language: blockTexts.language,
          count: sql<number>`count(*)`,
        })
        .from(blockTexts)
        .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
        .where(inArray(blocks.postId, postIds))
        .groupBy(blocks.postId, blockTexts.language)
        .all()
    : [];
  return (postId: number) => ({
    translations: Object.fromEntries(
      rows
        .filter((r) => r.postId === postId)
        .map((r) => [r.language, { title: r.title, excerpt: r.excerpt }]),
    ) as Translations,
    translatedBlocks: Object.fromEntries(
      coverageRows.filter((r) => r.postId === postId).map((r) => [r.language, r.count]),
    ) as Record<string, number>,
  });
}

/** Public post listings (home, category, archive), newest first, one page at a time. */
export function listPublishedPosts({
  page = 1,
  perPage = 10,
  where,
  now = new Date(),
}: {
  page?: number;
  perPage?: number;
  where?: SQL;
  now?: Date;
}) {
  const filter = and(isPublic(now), where);
  const rows = getDb()
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(categories, eq(categories.id, posts.categoryId))
    .where(filter)
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(perPage)
    .offset((Math.max(1, page) - 1) * perPage)
    .all();
  const [{ total } = { total: 0 }] = getDb()
    .select({ total: sql<number>`count(*)` })
    .from(posts)
    .where(filter)
    .all();
  const extra = translationsFor(rows.map((r) => r.id));
  const breaks = breakExcerptsFor(rows.map((r) => r.id));
  return {
    posts: rows.map((r) => {
      const { translations, translatedBlocks } = extra(r.id);
      // Listings show a language's typed excerpt, else its text above the `more` break.
      return {
        ...r,
        translations: withBreakExcerpts(translations, breaks.get(r.id) ?? {}),
        translatedBlocks,
      };
    }),
    total,
  };
}

function blocksOf(postId: number, original: string): PostBlock[] {
  const rows = getDb()
    .select()
    .from(blocks)
    .where(eq(blocks.postId, postId))
    .orderBy(asc(blocks.position))
    .all();
  const texts = rows.length
    ? getDb()
        .select()
        .from(blockTexts)
        .where(
          inArray(
            blockTexts.blockId,
            rows.map((b) => b.id),
          ),
        )
        .all()
    : [];
  return rows.map((b) => {
    const own = texts.filter((t) => t.blockId === b.id);
    const originalText = own.find((t) => t.language === original)?.text;
    return {
      id: b.id,
      position: b.position,
      kind: b.kind,
      src: b.src,
      href: b.href,
      texts: Object.fromEntries(own.map((t) => [t.language, t.text])),
      stale: own.filter((t) => isStale(t.sourceText, originalText)).map((t) => t.language),
      // The reader whose accepted suggestion a translation is, by name (emails stay in suggestions).
      credits: Object.fromEntries(
        own.filter((t) => t.creditName).map((t) => [t.language, t.creditName!]),
      ),
    };
  });
}

/**
 * A post with its blocks, by slug. Public callers pass `publicOnly` so drafts and scheduled posts
 * read as missing; the owner's preview does not.
 */
export function getPostBySlug({
  slug,
  publicOnly = true,
  liveOnly = false,
  now = new Date(),
}: {
  slug: string;
  publicOnly?: boolean;
  /** Live posts of any visibility (the caller checks the reader: server/protected-post.ts). */
  liveOnly?: boolean;
  now?: Date;
}) {
  const filter = liveOnly ? isLive(now) : publicOnly ? isPublic(now) : undefined;
  const [row] = getDb()
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(categories, eq(categories.id, posts.categoryId))
    .where(and(eq(posts.slug, slug), filter))
    .limit(1)
    .all();
  if (!row) return null;
  const blockList = blocksOf(row.id, row.originalLanguage);
  const { translations } = translationsFor([row.id])(row.id);
  // A language is the post's by its title or by text in its blocks (a draft's translation may
  // have text before it has a title).
  const languages = [
    ...new Set([
      row.originalLanguage,
      ...Object.keys(translations),
      ...blockList.flatMap((b) => Object.keys(b.texts).filter((l) => b.texts[l] !== null)),
    ]),
  ];
  // All its categories (the primary one first) and tags, beside `category` (the primary one).
  return { ...row, translations, languages, blocks: blockList, ...getPostTaxonomy(row.id) };
}
