import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAdminPost } from '@/db/queries/admin-posts';
import { listRevisions } from '@/db/queries/revisions';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/server/dal';
import { formatDateTime } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { postIdFrom } from '../post-id';
import { RestoreButton } from './restore-button';
import { RESTORE_ERRORS, restoreConfirm } from './restore-errors';
import styles from '../../posts.module.css';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('editor.revisions') };
}

/** Every save of a post, newest first; each can be viewed or restored. */
export default async function RevisionsPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const id = await postIdFrom(params);
  await requirePageRole(locale, `/${locale}/admin/posts/${id}/revisions`, 'owner');
  const post = getAdminPost({ id });
  if (!post) notFound();
  const { timeZone } = getSettings();
  const revisions = listRevisions({ postId: id });
  return (
    <div className="admin-page">
      <h1>
        {t('editor.revisionsOf', {
          title: post.translations[post.originalLanguage]?.title ?? post.slug,
        })}
      </h1>
      <p>
        <Link href={`/${locale}/admin/posts/${id}/edit`}>{t('editor.backToEditor')}</Link>
      </p>
      <ClientMessages locale={locale} namespaces={[]} errors={RESTORE_ERRORS} timeZone={timeZone}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('editor.colSaved')}</th>
              <th scope="col">{t('editor.colTitle')}</th>
              <th scope="col">{t('editor.status')}</th>
              <th scope="col">{t('editor.colBlocks')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('editor.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, k) => {
              const when = formatDateTime(r.createdAt, locale, timeZone);
              return (
                <tr key={r.id}>
                  <th scope="row" data-label={t('editor.colSaved')}>
                    <div>
                      <Link href={`/${locale}/admin/posts/${id}/revisions/${r.id}`}>{when}</Link>
                      <span className={styles.slug}>
                        {r.authorName ?? '—'}
                        {k === 0 ? ` · ${t('editor.current')}` : ''}
                      </span>
                    </div>
                  </th>
                  <td data-label={t('editor.colTitle')} lang={r.post?.originalLanguage}>
                    {r.post?.translations[r.post.originalLanguage]?.title ?? t('editor.unreadable')}
                  </td>
                  <td data-label={t('editor.status')}>
                    {r.post
                      ? t(`editor.states.${r.post.status === 'draft' ? 'draft' : 'published'}`)
                      : ''}
                  </td>
                  <td data-label={t('editor.colBlocks')}>{r.post?.blocks.length ?? ''}</td>
                  <td data-label={t('editor.colActions')}>
                    {k > 0 && r.post && (
                      <RestoreButton
                        locale={locale}
                        postId={id}
                        revisionId={r.id}
                        label={t('editor.restore')}
                        name={t('editor.restoreFrom', { time: when })}
                        confirm={restoreConfirm(t, when)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ClientMessages>
    </div>
  );
}
