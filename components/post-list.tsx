import type { PostSummary } from '@/db/queries/posts';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { Pagination } from './pagination';
import { PostCard } from './post-card';

type Props = {
  posts: PostSummary[];
  total: number;
  page: number;
  perPage: number;
  basePath: string;
  locale: Locale;
  t: Translate;
  timeZone: string;
};

/** A paginated listing of post cards (category and archive pages). */
export function PostList({ posts, total, page, perPage, basePath, locale, t, timeZone }: Props) {
  return (
    <>
      {posts.length === 0 && <p>{t('site.noPosts')}</p>}
      <ol className="post-list">
        {posts.map((post) => (
          <li key={post.id} className="post-card">
            <PostCard post={post} locale={locale} t={t} timeZone={timeZone} />
          </li>
        ))}
      </ol>
      <Pagination t={t} page={page} pages={Math.ceil(total / perPage)} basePath={basePath} />
    </>
  );
}
