import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReadingBody } from '@/app/[locale]/(site)/posts/[slug]/_reading/reading-body';
import { getRevision } from '@/db/queries/revisions';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/server/dal';
import { formatDateTime } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { postIdFrom } from '../../post-id';
import { RestoreButton } from '../restore-button';
import { RESTORE_ERRORS, restoreConfirm } from '../restore-errors';

type Props = { params: Promise<{ locale: string; id: string; revisionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('editor.revision') };
}

/** One revision as readers would have seen it side by side, with a restore button. */
export default async function RevisionPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const id = await postIdFrom(params);
  const { revisionId } = await params;
  await requirePageRole(locale, `/${locale}/admin/posts/${id}/revisions/${revisionId}`, 'owner');
  const revision = /^\d{1,9}$/.test(revisionId)
    ? getRevision({ id: Number(revisionId), postId: id })
    : null;
  if (!revision?.post) notFound();
  const { post } = revision;
  const [original = '', translation = null] = [
    post.originalLanguage,
    ...Object.keys(post.translations).filter((l) => l !== post.originalLanguage),
  ];
  const { timeZone } = getSettings();
  const when = formatDateTime(revision.createdAt, locale, timeZone);
  return (
    <div className="admin-page">
      <h1>{t('editor.revisionFrom', { time: when })}</h1>
      <p>
        <Link href={`/${locale}/admin/posts/${id}/revisions`}>{t('editor.allRevisions')}</Link>
        {' · '}
        {t('editor.revisionMeta', {
          slug: post.slug,
          status: t(`editor.states.${post.status}`),
          author: revision.authorName ?? '—',
        })}
      </p>
      <ClientMessages locale={locale} namespaces={[]} errors={RESTORE_ERRORS} timeZone={timeZone}>
        <RestoreButton
          locale={locale}
          postId={id}
          revisionId={revision.id}
          label={t('editor.restore')}
          confirm={restoreConfirm(t, when)}
        />
      </ClientMessages>
      <article
        id="reading"
        className="reading"
        data-view={translation ? 'side-by-side' : 'single'}
        data-side="original"
      >
        <header className="post-header">
          <h2>
            {Object.entries(post.translations).map(([l, tr]) => (
              <span key={l} className="title" lang={l}>
                {tr.title}
              </span>
            ))}
          </h2>
        </header>
        <ReadingBody
          blocks={post.blocks.map((b, position) => ({ ...b, id: position, position }))}
          pair={[original, translation]}
          locale={locale}
          t={t}
        />
      </article>
    </div>
  );
}
