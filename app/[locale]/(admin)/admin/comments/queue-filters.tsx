import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';
import { QUEUE_SEARCH_MAX } from '@/lib/validations/moderation';

type Props = {
  t: Translate;
  status: string;
  q: string;
  post?: number;
  posts: { id: number; title: string }[];
  path: string;
};

/** Search and post filter: a plain GET form, so the result is a link that can be shared or reloaded. */
export function QueueFilters({ t, status, q, post, posts, path }: Props) {
  return (
    <form role="search" method="get" action={path} className="queue-filters">
      <input type="hidden" name="status" value={status} />
      <div className="search-field">
        <label htmlFor="queue-q">{t('admin.queue.search')}</label>
        <input id="queue-q" type="search" name="q" defaultValue={q} maxLength={QUEUE_SEARCH_MAX} />
      </div>
      <div className="search-field">
        <label htmlFor="queue-post">{t('admin.queue.post')}</label>
        <select id="queue-post" name="post" defaultValue={post ?? ''}>
          <option value="">{t('admin.queue.allPosts')}</option>
          {posts.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('admin.queue.searchButton')}
      </button>
      {(q || post) && <Link href={`${path}?status=${status}`}>{t('admin.queue.clear')}</Link>}
    </form>
  );
}
