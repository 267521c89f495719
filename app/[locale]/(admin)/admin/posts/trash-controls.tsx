import Link from 'next/link';
import type { AdminPostRow } from '@/db/queries/admin-posts';
import type { Translate } from '@/lib/i18n/translate';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import styles from './posts.module.css';

export const BULK_FORM = 'posts-bulk';
const NOTICES = ['trashed', 'restored', 'deleted', 'none'] as const;
type Notice = (typeof NOTICES)[number];

/** All posts and the trash as links (they work without JavaScript), each with its count. */
export function TrashTabs(props: {
  t: Translate;
  base: string;
  trash: boolean;
  counts: [number, number];
}) {
  const { t, base, trash, counts } = props;
  return (
    <nav aria-label={t('postTrash.tabsLabel')} className="queue-tabs">
      <ul>
        <li>
          <Link href={base} aria-current={trash ? undefined : 'page'}>
            {t('postTrash.allTab')} <span className="count">({counts[0]})</span>
          </Link>
        </li>
        <li>
          <Link href={`${base}?view=trash`} aria-current={trash ? 'page' : undefined}>
            {t('postTrash.trashTab')} <span className="count">({counts[1]})</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** What the last trash/restore/delete did, from the redirect's query string. */
export function TrashNotice({ t, notice, count }: { t: Translate; notice: string; count: string }) {
  if (!(NOTICES as readonly string[]).includes(notice)) return null;
  const n = /^\d{1,4}$/.test(count) ? Number(count) : 0;
  return (
    <p className={styles.notice} role="status">
      {t(`postTrash.notice.${notice as Notice}`, { count: n })}
    </p>
  );
}

/**
 * The bulk form: its fields live in the table (checkboxes and row buttons name it with `form=`), so
 * the table stays a plain table and every control works without JavaScript.
 */
export function BulkBar({ t, locale, trash }: { t: Translate; locale: string; trash: boolean }) {
  return (
    <div className={styles.bulk} role="group" aria-label={t('postTrash.bulkLabel')}>
      <span>{t('postTrash.bulkLabel')}</span>
      <input type="hidden" name="locale" value={locale} form={BULK_FORM} />
      {trash && <input type="hidden" name="view" value="trash" form={BULK_FORM} />}
      {trash ? (
        <>
          <button type="submit" form={BULK_FORM} name="op" value="restore" className="button small">
            {t('postTrash.restore')}
          </button>
          <button
            type="submit"
            form={BULK_FORM}
            name="op"
            value="delete"
            className="button small danger"
          >
            {t('postTrash.delete')}
          </button>
        </>
      ) : (
        <button type="submit" form={BULK_FORM} name="op" value="trash" className="button small">
          {t('postTrash.trash')}
        </button>
      )}
    </div>
  );
}

export function SelectBox({ t, post, title }: { t: Translate; post: AdminPostRow; title: string }) {
  return (
    <input
      type="checkbox"
      name="ids"
      value={post.id}
      form={BULK_FORM}
      aria-label={t('postTrash.select', { title })}
    />
  );
}

type RowProps = {
  t: Translate;
  locale: Locale;
  post: AdminPostRow;
  title: string;
  timeZone: string;
};

/** Per row: to the trash, or (in the trash) restore and delete permanently (after a confirmation page). */
export function RowTrashActions({ t, locale, post, title, timeZone }: RowProps) {
  if (!post.deletedAt)
    return (
      <button
        type="submit"
        form={BULK_FORM}
        name="target"
        value={`trash:${post.id}`}
        className="button small"
        aria-label={t('postTrash.trashOne', { title })}
      >
        {t('postTrash.trash')}
      </button>
    );
  return (
    <div className={styles.rowActions}>
      <span className={styles.slug}>
        {t('postTrash.trashedAt', { time: formatDateTime(post.deletedAt, locale, timeZone) })}
      </span>
      <button
        type="submit"
        form={BULK_FORM}
        name="target"
        value={`restore:${post.id}`}
        className="button small"
        aria-label={t('postTrash.restoreOne', { title })}
      >
        {t('postTrash.restore')}
      </button>
      <Link
        href={`/${locale}/admin/posts/delete?ids=${post.id}`}
        className="button small danger"
        aria-label={t('postTrash.deleteOne', { title })}
      >
        {t('postTrash.delete')}
      </Link>
    </div>
  );
}
