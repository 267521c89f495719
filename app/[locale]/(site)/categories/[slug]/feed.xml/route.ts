import { categoryAndDescendants, getCategoryBySlug } from '@/db/queries/categories';
import { postsInCategories } from '@/db/queries/taxonomy';
import { pick } from '@/lib/format';
import { isLocale } from '@/lib/i18n/config';
import { postsFeed } from '@/server/feeds';

export const dynamic = 'force-dynamic';

/** RSS 2.0 of a category's newest public posts (its subcategories' included). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  const category = isLocale(locale) ? getCategoryBySlug({ slug }) : null;
  if (!isLocale(locale) || !category) return new Response('Not found', { status: 404 });
  return postsFeed({
    locale,
    path: `/${locale}/categories/${category.slug}`,
    name: pick(category.names, locale) || category.slug,
    where: postsInCategories(categoryAndDescendants(category.id)),
  });
}
