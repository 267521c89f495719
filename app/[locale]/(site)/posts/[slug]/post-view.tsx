import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPostAccess } from '@/db/queries/post-access';
import { getPublicPost } from '@/server/reader-cache';
import { localeFrom } from '@/server/i18n';
import { CommentSection } from './_comments/comment-section';
import { postMetadata, PostJsonLd } from './post-seo';
import { ReadingArticle } from './_reading/reading-article';
import { PasswordGate } from './protected/password-gate';

export type PostParams = Promise<{ locale: string; slug: string }>;
type Props = {
  params: PostParams;
  choice?: { view?: string; lang?: string };
  replyTo?: number;
  nonce?: string;
};

export async function postPageMetadata(params: PostParams): Promise<Metadata> {
  const { locale } = await localeFrom(params);
  const post = getPublicPost((await params).slug);
  return post ? postMetadata(post, locale) : {};
}

/**
 * The post page, shared by its routes: the plain URL (cached; the reader's remembered view is
 * applied in the browser), a view chosen in the URL (`?view=` is rewritten to a cached path) and
 * the no-JavaScript reply form (`?replyto=`, rendered per request).
 */
export async function PostView({ params, choice, replyTo, nonce }: Props) {
  const { locale, t } = await localeFrom(params);
  const { slug } = await params;
  const post = getPublicPost(slug);
  // A password post shows its title and form to everyone (the same page for all, so it may be
  // cached); its text is read at /protected, per request. A private post reads as missing.
  if (!post) {
    const access = getPostAccess(slug);
    if (access?.visibility === 'password') return <PasswordGate {...{ access, locale, t }} />;
  }
  // A language the post is not written in is no view of it (and no page to keep per URL).
  if (!post || (choice?.lang && !post.languages.includes(choice.lang))) notFound();
  const path = `/${locale}/posts/${post.slug}`;
  return (
    <ReadingArticle {...{ post, locale, t, choice, path, nonce }} suggestPath={`${path}/suggest`}>
      <CommentSection post={post} locale={locale} path={path} replyTo={replyTo} nonce={nonce} />
      <PostJsonLd post={post} locale={locale} />
    </ReadingArticle>
  );
}
