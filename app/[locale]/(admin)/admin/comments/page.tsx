import type { Metadata } from 'next';
import { commentExcerpt } from '@/lib/comments/excerpt';
import { listCommentedPosts, countByStatus, listQueue } from '@/db/queries/moderation';
import { getSettings } from '@/db/queries/settings';
import { ClientMessages } from '@/components/client-messages';
import { requirePageRole } from '@/server/dal';
import { formatDateTime, pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { QUEUE_PAGE_SIZE, queueQuerySchema } from '@/lib/validations/moderation';
import { QueueFilters } from './queue-filters';
import type { QueueItem } from './queue-item';
import { QueueList } from './queue-list';
import { QueuePager } from './queue-pager';
import { reasonText } from './reason-text';
import { QueueTabs } from './queue-tabs';

// What the queue's actions and its reply/edit form can answer.
const QUEUE_ERRORS = [
  'invalid',
  'noSelection',
  'commentGone',
  'commentTextRequired',
  'commentTextTooLong',
  'nul',
] as const;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('admin.queue.title') };
}

export default async function CommentsQueue({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const path = `/${locale}/admin/comments`;
  await requirePageRole(locale, path, 'owner', 'moderator');
  const query = queueQuerySchema.parse(await searchParams);
  const { rows, total } = listQueue({
    status: query.status,
    q: query.q,
    postId: query.post,
    page: query.page,
    perPage: QUEUE_PAGE_SIZE,
  });
  const { timeZone } = getSettings();
  const items: QueueItem[] = rows.map((r) => ({
    id: r.id,
    authorName: r.authorName,
    authorEmail: r.authorEmail,
    staff: r.userId !== null,
    body: r.body,
    language: r.language,
    status: r.status,
    reason: reasonText(t, r.reason, r.status),
    time: formatDateTime(r.createdAt, locale, timeZone),
    iso: r.createdAt.toISOString(),
    postTitle: pick(r.postTitles, locale) || r.postSlug,
    postHref: `/${locale}/posts/${r.postSlug}`,
    // The answered comment's start: which comment this replies to, not all of it again.
    parent: r.parent?.id
      ? { authorName: r.parent.authorName, body: commentExcerpt(r.parent.body) }
      : null,
    approvedBefore: r.approvedBefore,
  }));
  const keep = {
    ...(query.q ? { q: query.q } : {}),
    ...(query.post ? { post: String(query.post) } : {}),
  };
  const posts = listCommentedPosts().map((p) => ({
    id: p.id,
    title: pick(p.titles, locale) || p.slug,
  }));
  return (
    <div className="admin-page queue">
      <h1>{t('admin.queue.title')}</h1>
      <QueueTabs t={t} path={path} current={query.status} counts={countByStatus()} keep={keep} />
      <QueueFilters
        t={t}
        status={query.status}
        q={query.q ?? ''}
        post={query.post}
        posts={posts}
        path={path}
      />
      <ClientMessages
        locale={locale}
        namespaces={['admin', 'queueChanges']}
        errors={QUEUE_ERRORS}
        timeZone={timeZone}
      >
        <QueueList key={query.status} status={query.status} items={items} />
      </ClientMessages>
      <QueuePager
        t={t}
        path={path}
        page={query.page}
        pages={Math.ceil(total / QUEUE_PAGE_SIZE)}
        query={{ status: query.status, ...keep }}
      />
    </div>
  );
}
