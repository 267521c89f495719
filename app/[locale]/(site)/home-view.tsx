import { notFound } from 'next/navigation';
import { PostCard } from '@/components/post-card';
import { Pagination } from '@/components/pagination';
import { listPublishedPosts } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';

/** The newest posts, one page of them; used by `/[locale]` and `/[locale]/page/N` (`?page=N`). */
export async function HomeView({
  params,
  page,
}: {
  params: Promise<{ locale: string }>;
  page: number;
}) {
  const { locale, t } = await localeFrom(params);
  const settings = getSettings();
  const { posts, total } = listPublishedPosts({ page, perPage: settings.postsPerPage });
  if (page > 1 && posts.length === 0) notFound();
  return (
    <>
      <h1 className="visually-hidden">{pick(settings.titles, locale)}</h1>
      {posts.length === 0 && <p>{t('site.noPosts')}</p>}
      <ol className="post-list">
        {posts.map((post) => (
          <li key={post.id} className="post-card">
            <PostCard post={post} locale={locale} t={t} timeZone={settings.timeZone} />
          </li>
        ))}
      </ol>
      <Pagination
        t={t}
        page={page}
        pages={Math.ceil(total / settings.postsPerPage)}
        basePath={`/${locale}`}
      />
    </>
  );
}
