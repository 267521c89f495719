import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/post-list';
import { listPublishedPosts } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { getTagBySlug } from '@/db/queries/tags';
import { postsWithTag } from '@/db/queries/taxonomy';
import { pick } from '@/lib/format';
import { siteUrl } from '@/lib/site-url';
import { localeFrom } from '@/server/i18n';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function tagMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeFrom(params);
  const tag = getTagBySlug({ slug: (await params).slug });
  if (!tag) return {};
  const feed = `${siteUrl()}/${locale}/tags/${tag.slug}/feed.xml`;
  return {
    title: t('taxonomy.tagTitle', { name: pick(tag.names, locale) || tag.slug }),
    alternates: { types: { 'application/rss+xml': feed } },
  };
}

/** One page of a tag's posts; used by the tag URL and its `?page=N` (rewritten) pages. */
export async function TagView({ params, page }: Props & { page: number }) {
  const { locale, t } = await localeFrom(params);
  const tag = getTagBySlug({ slug: (await params).slug });
  if (!tag) notFound();
  const settings = getSettings();
  const { posts, total } = listPublishedPosts({
    page,
    perPage: settings.postsPerPage,
    where: postsWithTag(tag.id),
  });
  // An empty archive is a 404, as in WordPress: only pages that list something exist.
  if (posts.length === 0) notFound();
  return (
    <>
      <h1 className="page-title">
        {t('taxonomy.tagTitle', { name: pick(tag.names, locale) || tag.slug })}
      </h1>
      <PostList
        posts={posts}
        total={total}
        page={page}
        perPage={settings.postsPerPage}
        basePath={`/${locale}/tags/${tag.slug}`}
        locale={locale}
        t={t}
        timeZone={settings.timeZone}
      />
    </>
  );
}
