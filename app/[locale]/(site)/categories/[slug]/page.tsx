import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { PostList } from '@/components/post-list';
import { pageFrom } from '@/components/pagination';
import { getCategoryBySlug } from '@/db/queries/categories';
import { listPublishedPosts } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { posts as postsTable } from '@/db/schema';
import { pick } from '@/lib/format';
import { localeFrom } from '@/lib/i18n/server';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeFrom(params);
  const category = getCategoryBySlug({ slug: (await params).slug });
  return category ? { title: t('site.categoryTitle', { name: pick(category.names, locale) }) } : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const { slug } = await params;
  const category = getCategoryBySlug({ slug });
  if (!category) notFound();
  const settings = getSettings();
  const page = pageFrom((await searchParams).page);
  const { posts, total } = listPublishedPosts({ page, perPage: settings.postsPerPage, where: eq(postsTable.categoryId, category.id) });
  if (page > 1 && posts.length === 0) notFound();
  return (
    <>
      <h1 className="page-title">{t('site.categoryTitle', { name: pick(category.names, locale) })}</h1>
      <PostList posts={posts} total={total} page={page} perPage={settings.postsPerPage} basePath={`/${locale}/categories/${category.slug}`} locale={locale} t={t} timeZone={settings.timeZone} />
    </>
  );
}
