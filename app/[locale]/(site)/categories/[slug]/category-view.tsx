import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { PostList } from '@/components/post-list';
import {
  categoryAncestors,
  categoryAndDescendants,
  getCategoryBySlug,
} from '@/db/queries/categories';
import { listPublishedPosts } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { postsInCategories } from '@/db/queries/taxonomy';
import { pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { TermName } from '@/components/term-name';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function categoryMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeFrom(params);
  const category = getCategoryBySlug({ slug: (await params).slug });
  return category ? { title: t('site.categoryTitle', { name: pick(category.names, locale) }) } : {};
}

/** One page of a category's posts; used by the category URL and its `?page=N` (rewritten) pages. */
export async function CategoryView({ params, page }: Props & { page: number }) {
  const { locale, t } = await localeFrom(params);
  const { slug } = await params;
  const category = getCategoryBySlug({ slug });
  if (!category) notFound();
  const settings = getSettings();
  const { posts, total } = listPublishedPosts({
    page,
    perPage: settings.postsPerPage,
    // A parent lists its subcategories' posts too, as WordPress does.
    where: postsInCategories(categoryAndDescendants(category.id)),
  });
  // An empty archive is a 404, as in WordPress: only pages that list something exist.
  if (posts.length === 0) notFound();
  const ancestors = categoryAncestors(category.id);
  return (
    <>
      {ancestors.length > 0 && (
        <nav aria-label={t('taxonomy.breadcrumbs')} className="breadcrumbs">
          {ancestors.map((a) => (
            <span key={a.id}>
              <Link href={`/${locale}/categories/${a.slug}`}>
                <TermName names={a.names} locale={locale} fallback={a.slug} />
              </Link>
              {' › '}
            </span>
          ))}
        </nav>
      )}
      <h1 className="page-title">
        {t('site.categoryTitle', { name: pick(category.names, locale) })}
      </h1>
      <PostList
        posts={posts}
        total={total}
        page={page}
        perPage={settings.postsPerPage}
        basePath={`/${locale}/categories/${category.slug}`}
        locale={locale}
        t={t}
        timeZone={settings.timeZone}
      />
    </>
  );
}
