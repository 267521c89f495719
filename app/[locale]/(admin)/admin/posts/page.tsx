import Link from 'next/link';
import { Pagination, pageFrom } from '@/components/pagination';
import { listCategoriesForAdmin } from '@/db/queries/admin-categories';
import {
  ADMIN_STATUSES,
  listAdminPosts,
  type AdminPostFilter,
  type AdminStatus,
} from '@/db/queries/admin-posts';
import { countTrashed } from '@/db/queries/post-trash';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/server/dal';
import { pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { PostFilters } from './post-filters';
import { PostTable } from './post-table';
import { postTrashAction } from './trash-actions';
import { BULK_FORM, BulkBar, TrashNotice, TrashTabs } from './trash-controls';
import styles from './posts.module.css';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const PER_PAGE = 20;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** The list's filters from the query string; anything unknown is ignored. */
function filterFrom(query: Record<string, string | string[] | undefined>): AdminPostFilter {
  const status = one(query.status);
  const category = one(query.category);
  return {
    status: (ADMIN_STATUSES as readonly string[]).includes(status)
      ? (status as AdminStatus)
      : undefined,
    categoryId:
      category === 'none' ? 'none' : /^\d{1,9}$/.test(category) ? Number(category) : undefined,
    q: one(query.q).slice(0, 200) || undefined,
    trash: one(query.view) === 'trash' || undefined,
  };
}

export default async function PostsPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  // Moderators see the list (pending comments per post) but cannot open the editor.
  const user = await requirePageRole(locale, `/${locale}/admin/posts`, 'owner', 'moderator');
  const editable = user.role === 'owner';
  const query = await searchParams;
  const filter = filterFrom(query);
  const page = pageFrom(query.page);
  const { posts, total } = listAdminPosts({ ...filter, page, perPage: PER_PAGE });
  const categories = listCategoriesForAdmin().map((c) => ({
    id: c.id,
    name: pick(c.names, locale) || c.slug,
  }));
  const kept = Object.fromEntries(
    Object.entries({
      view: filter.trash && 'trash',
      status: filter.status,
      category: filter.categoryId,
      q: filter.q,
    })
      .filter(([, v]) => v !== undefined && v !== false)
      .map(([k, v]) => [k, String(v)]),
  );
  return (
    <div className="admin-page">
      <header className={styles.header}>
        <h1>{t('editor.postsTitle')}</h1>
        {editable && (
          <nav className={styles.headerLinks} aria-label={t('editor.postActions')}>
            <Link href={`/${locale}/admin/posts/new`} className="button primary">
              {t('editor.newPost')}
            </Link>
            <Link href={`/${locale}/admin/posts/import`}>{t('editor.importTitle')}</Link>
          </nav>
        )}
      </header>
      {editable && (
        <TrashTabs
          t={t}
          base={`/${locale}/admin/posts`}
          trash={!!filter.trash}
          counts={[listAdminPosts({ perPage: 1 }).total, countTrashed()]}
        />
      )}
      <TrashNotice t={t} notice={one(query.notice)} count={one(query.count)} />
      <PostFilters t={t} locale={locale} filter={filter} categories={categories} />
      <p className={styles.count} role="status">
        {filter.trash && total === 0
          ? t('postTrash.empty')
          : t('editor.postCount', { count: total })}
      </p>
      {editable && posts.length > 0 && (
        <>
          <form id={BULK_FORM} action={postTrashAction} />
          <BulkBar t={t} locale={locale} trash={!!filter.trash} />
        </>
      )}
      {posts.length > 0 && (
        <PostTable
          posts={posts}
          locale={locale}
          t={t}
          timeZone={getSettings().timeZone}
          editable={editable}
        />
      )}
      <Pagination
        t={t}
        page={page}
        pages={Math.ceil(total / PER_PAGE)}
        basePath={`/${locale}/admin/posts`}
        query={kept}
      />
    </div>
  );
}
