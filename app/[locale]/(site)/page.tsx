import { PostCard } from '@/components/post-card';
import { listPublishedPosts } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import { pick } from '@/lib/format';
import { localeFrom } from '@/lib/i18n/server';
import { Pagination, pageFrom } from '@/components/pagination';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export default async function HomePage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const settings = getSettings();
  const page = pageFrom((await searchParams).page);
  const { posts, total } = listPublishedPosts({ page, perPage: settings.postsPerPage });
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
      <Pagination t={t} page={page} pages={Math.ceil(total / settings.postsPerPage)} basePath={`/${locale}`} />
    </>
  );
}
