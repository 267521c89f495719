import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { comments, posts, postTranslations } from '@/db/schema';
import { isPublic } from './posts';

/** A post's title in `locale`, else in its original language. */
const titleIn = (locale: string) => sql<string>`coalesce(
  (select ${postTranslations.title} from ${postTranslations} where ${postTranslations.postId} = ${posts.id} and ${postTranslations.language} = ${locale}),
  (select ${postTranslations.title} from ${postTranslations} where ${postTranslations.postId} = ${posts.id} and ${postTranslations.language} = ${posts.originalLanguage}))`;

/**
 * Approved comments on public posts, newest first, for the sidebar and the comments feed.
 * Explicit columns: a commenter's email never leaves the database through here.
 */
export function listRecentComments({
  locale,
  limit = 5,
  now = new Date(),
}: {
  locale: string;
  limit?: number;
  now?: Date;
}) {
  return getDb()
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      language: comments.language,
      createdAt: comments.createdAt,
      postSlug: posts.slug,
      postTitle: titleIn(locale),
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(eq(comments.status, 'approved'), isPublic(now)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .all();
}

/** Publication times of every public post, for the archive index. */
export function listPublicationTimes(now = new Date()): Date[] {
  return getDb()
    .select({ publishedAt: posts.publishedAt })
    .from(posts)
    .where(isPublic(now))
    .all()
    .flatMap((r) => (r.publishedAt ? [r.publishedAt] : []));
}

/** Every public post's slug and last change, for the sitemap. */
export function listSitemapPosts(now = new Date()) {
  return getDb()
    .select({ slug: posts.slug, updatedAt: posts.updatedAt, publishedAt: posts.publishedAt })
    .from(posts)
    .where(isPublic(now))
    .orderBy(desc(posts.publishedAt), asc(posts.id))
    .all();
}
