import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { localeFrom } from '@/lib/i18n/server';
import { getCachedPost } from '@/lib/reader-cache';
import { CommentSection } from './comment-section';
import { postMetadata, PostJsonLd } from './post-seo';
import { ReadingArticle } from './reading-article';

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
  return (
    <ReadingArticle post={post} locale={locale} t={t} query={await searchParams} path={`/${locale}/posts/${post.slug}`}>
      <CommentSection post={post} locale={locale} searchParams={searchParams} />
      <PostJsonLd post={post} locale={locale} />
    </ReadingArticle>
  );
}
