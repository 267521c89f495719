import Link from 'next/link';
import type { AdminPostRow } from '@/db/queries/admin-posts';
import { formatDateTime, pick } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { RowTrashActions, SelectBox } from './trash-controls';
import styles from './posts.module.css';

type Props = {
  posts: AdminPostRow[];
  locale: Locale;
  t: Translate;
  timeZone: string;
  editable: boolean;
};

/** "en · ja 6/19 (2 stale)": the original language, then each translation's coverage and stale count. */
function Coverage({ post, t }: { post: AdminPostRow; t: Translate }) {
  const translations = Object.keys(post.titles).filter((l) => l !== post.originalLanguage);
  return (
    <span className={styles.languages}>
      <span className="lang-badge">{post.originalLanguage}</span>
      {translations.map((l) => (
        <span key={l} className={styles.coverage}>
          {l} {post.translated[l] ?? 0}/{post.blockCount}
          {post.stale[l] ? (
            <span className={styles.stale}> {t('stale.adminStale', { count: post.stale[l] })}</span>
          ) : null}
        </span>
      ))}
    </span>
  );
}

/** The post list (editor links for the owner only); on narrow screens each row becomes a card (see admin.module.css). */
export function PostTable({ posts, locale, t, timeZone, editable }: Props) {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          {editable && (
            <th scope="col">
              <span className="visually-hidden">{t('postTrash.colSelect')}</span>
            </th>
          )}
          <th scope="col">{t('editor.colTitle')}</th>
          <th scope="col">{t('editor.status')}</th>
          <th scope="col">{t('editor.category')}</th>
          <th scope="col">{t('editor.colLanguages')}</th>
          <th scope="col">{t('editor.colPending')}</th>
          <th scope="col">{t('editor.colUpdated')}</th>
          {editable && <th scope="col">{t('postTrash.colActions')}</th>}
        </tr>
      </thead>
      <tbody>
        {posts.map((post) => {
          const title =
            post.titles[post.originalLanguage] ?? pick(post.titles, locale) ?? post.slug;
          return (
            <tr key={post.id}>
              {editable && (
                <td data-label={t('postTrash.colSelect')}>
                  <SelectBox t={t} post={post} title={title || post.slug} />
                </td>
              )}
              <th scope="row" data-label={t('editor.colTitle')}>
                <div>
                  {editable || post.state === 'published' ? (
                    <Link
                      href={
                        editable
                          ? `/${locale}/admin/posts/${post.id}/edit`
                          : `/${locale}/posts/${post.slug}`
                      }
                      lang={post.originalLanguage}
                    >
                      {title || post.slug}
                    </Link>
                  ) : (
                    <span lang={post.originalLanguage}>{title || post.slug}</span>
                  )}
                  <span className={styles.slug}>{post.slug}</span>
                </div>
              </th>
              <td data-label={t('editor.status')}>
                <div>
                  <span className={styles.state} data-state={post.state}>
                    {t(`editor.states.${post.state}`)}
                  </span>
                  {post.state === 'scheduled' && post.publishedAt && (
                    <span className={styles.slug}>
                      {formatDateTime(post.publishedAt, locale, timeZone)}
                    </span>
                  )}
                </div>
              </td>
              <td data-label={t('editor.category')}>
                {post.category?.id ? pick(post.category.names, locale) : t('editor.uncategorised')}
              </td>
              <td data-label={t('editor.colLanguages')}>
                <Coverage post={post} t={t} />
              </td>
              <td data-label={t('editor.colPending')}>{post.pendingComments}</td>
              <td data-label={t('editor.colUpdated')}>
                {formatDateTime(post.updatedAt, locale, timeZone)}
              </td>
              {editable && (
                <td data-label={t('postTrash.colActions')}>
                  <RowTrashActions {...{ t, locale, post, timeZone }} title={title || post.slug} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
