import { getTagBySlug } from '@/db/queries/tags';
import { postsWithTag } from '@/db/queries/taxonomy';
import { pick } from '@/lib/format';
import { isLocale } from '@/lib/i18n/config';
import { postsFeed } from '@/server/feeds';

export const dynamic = 'force-dynamic';

/** RSS 2.0 of a tag's newest public posts. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  const tag = isLocale(locale) ? getTagBySlug({ slug }) : null;
  if (!isLocale(locale) || !tag) return new Response('Not found', { status: 404 });
  return postsFeed({
    locale,
    path: `/${locale}/tags/${tag.slug}`,
    name: pick(tag.names, locale) || tag.slug,
    where: postsWithTag(tag.id),
  });
}
