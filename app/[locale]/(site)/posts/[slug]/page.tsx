import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSettings } from '@/db/queries/settings';
import { localeFrom } from '@/lib/i18n/server';
import { getCachedPost } from '@/lib/reader-cache';
import { CommentSection } from './comment-section';
import { postMetadata, PostJsonLd } from './post-seo';
import { PostHeader } from './post-header';
import { ReadingBody } from './reading-body';
import { ReadingControls } from './reading-controls';
import { LANG_COOKIE, resolveReadingState, VIEW_COOKIE } from './reading-state';
import { viewOptions } from './view-options';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeFrom(params);
  const post = await getCachedPost((await params).slug);
  return post ? postMetadata(post, locale) : {};
}

export default async function PostPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const post = await getCachedPost((await params).slug);
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
  return (
    <article id="reading" className="reading" data-view={state.view} data-side={state.lang === original ? 'original' : 'translation'}>
      <PostHeader post={post} pair={state.pair} locale={locale} t={t} timeZone={settings.timeZone} />
      {translation && (
        <ReadingControls
          options={viewOptions({ slug: post.slug, locale, pair: [original, translation], languages: post.languages, t })}
          initial={{ view: state.view, lang: state.lang }}
          pair={[original, translation]}
          label={t('reading.label')}
          hint={t('reading.hint')}
        />
      )}
      <ReadingBody blocks={post.blocks} pair={state.pair} locale={locale} t={t} />
      <CommentSection post={post} locale={locale} searchParams={searchParams} />
      <PostJsonLd post={post} locale={locale} />
    </article>
  );
}
