import type { Metadata } from 'next';
import Link from 'next/link';
import { ReadingArticle } from '@/app/[locale]/(site)/posts/[slug]/_reading/reading-article';
import { notFound } from 'next/navigation';
import { adminStatus, getAdminPost } from '@/db/queries/admin-posts';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { postIdFrom } from '../post-id';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const first = (query: Record<string, string | string[] | undefined>) => ({
  view: one(query.view),
  lang: one(query.lang),
});

/** The reader's page for any post, drafts included, built from the reader's own components. */
export default async function PreviewPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const id = await postIdFrom(params);
  await requirePageRole(locale, `/${locale}/admin/posts/${id}/preview`, 'owner');
  const post = getAdminPost({ id });
  if (!post) notFound();
  return (
    <>
      <p className="form-ok" role="note">
        {t('editor.previewNote', { status: t(`editor.states.${adminStatus(post)}`) })}{' '}
        <Link href={`/${locale}/admin/posts/${id}/edit`}>{t('editor.backToEditor')}</Link>
      </p>
      <ReadingArticle
        post={post}
        locale={locale}
        t={t}
        choice={first(await searchParams)}
        path={`/${locale}/admin/posts/${id}/preview`}
      />
    </>
  );
}
