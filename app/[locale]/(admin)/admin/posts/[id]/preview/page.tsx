import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PostHeader } from '@/app/[locale]/(site)/posts/[slug]/post-header';
import { ReadingBody } from '@/app/[locale]/(site)/posts/[slug]/reading-body';
import { ReadingControls } from '@/app/[locale]/(site)/posts/[slug]/reading-controls';
import { LANG_COOKIE, resolveReadingState, VIEW_COOKIE } from '@/app/[locale]/(site)/posts/[slug]/reading-state';
import { viewOptions } from '@/app/[locale]/(site)/posts/[slug]/view-options';
import { adminStatus, getAdminPost } from '@/db/queries/admin-posts';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/lib/dal';
import { localeFrom } from '@/lib/i18n/server';
import { postIdFrom } from '../post-id';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The reader's page for any post, drafts included, built from the reader's own components. */
export default async function PreviewPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const id = await postIdFrom(params);
  await requirePageRole(locale, `/${locale}/admin/posts/${id}/preview`, 'owner');
  const post = getAdminPost({ id });
  if (!post) notFound();
  const settings = getSettings();
  const jar = await cookies();
  const state = resolveReadingState({
    query: await searchParams,
    cookies: { view: jar.get(VIEW_COOKIE)?.value, lang: jar.get(LANG_COOKIE)?.value },
    defaultView: settings.defaultView,
    locale,
    languages: post.languages,
  });
  const [original, translation] = state.pair;
  // The reader's switcher links point at the public URL; here they stay on the preview.
  const options = translation
    ? viewOptions({ slug: post.slug, locale, pair: [original, translation], languages: post.languages, t }).map((o) => ({
        ...o,
        href: o.href.replace(`/${locale}/posts/${post.slug}?`, `/${locale}/admin/posts/${id}/preview?`),
      }))
    : [];
  return (
    <>
      <p className="form-ok" role="note">
        {t('editor.previewNote', { status: t(`editor.states.${adminStatus(post)}`) })}{' '}
        <Link href={`/${locale}/admin/posts/${id}/edit`}>{t('editor.backToEditor')}</Link>
      </p>
      <article id="reading" className="reading" data-view={state.view} data-side={state.lang === original ? 'original' : 'translation'}>
        <PostHeader post={post} pair={state.pair} locale={locale} t={t} timeZone={settings.timeZone} />
        {translation && (
          <ReadingControls options={options} initial={{ view: state.view, lang: state.lang }} pair={[original, translation]} label={t('reading.label')} hint={t('reading.hint')} />
        )}
        <ReadingBody blocks={post.blocks} pair={state.pair} locale={locale} t={t} />
      </article>
    </>
  );
}
