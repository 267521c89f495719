import type { MetadataRoute } from 'next';
import { listCategories } from '@/db/queries/categories';
import { listSitemapPosts } from '@/db/queries/site';
import { listPublicTags } from '@/db/queries/tags';
import { LOCALES } from '@/lib/i18n/config';
import { siteUrl } from '@/lib/site-url';

// Built per request from the database, so a scheduled post appears once its time has come.
export const dynamic = 'force-dynamic';

/** One entry per UI language for every page, each listing its alternates in the other languages. */
function entries(base: string, path: string, lastModified?: Date): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(LOCALES.map((l) => [l, `${base}/${l}${path}`]));
  return LOCALES.map((l) => ({
    url: `${base}/${l}${path}`,
    lastModified,
    alternates: { languages },
  }));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const posts = listSitemapPosts();
  return [
    ...entries(base, '', posts[0]?.publishedAt ?? undefined),
    ...posts.flatMap((p) => entries(base, `/posts/${encodeURIComponent(p.slug)}`, p.updatedAt)),
    ...listCategories()
      .filter((c) => c.postCount > 0)
      .flatMap((c) => entries(base, `/categories/${encodeURIComponent(c.slug)}`)),
    ...listPublicTags().flatMap((tag) => entries(base, `/tags/${encodeURIComponent(tag.slug)}`)),
  ];
}
