import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { localeFrom } from '@/server/i18n';
import { readProtectedPost } from '@/server/posts/protected-post';
import { CommentSection } from '../_comments/comment-section';
import { ReadingArticle } from '../_reading/reading-article';
import { PasswordGate } from './password-gate';

type Params = Promise<{ locale: string; slug: string }>;

// A password or private post, read per request (cookie and session decide): never in the page
// cache, sent `private, no-store` as every per-request page is, and kept out of search engines.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ProtectedPostPage({ params }: { params: Params }) {
  const { locale, t } = await localeFrom(params);
  const { slug } = await params;
  const read = await readProtectedPost(slug);
  if (read.kind === 'missing') notFound();
  if (read.kind === 'public') redirect(`/${locale}/posts/${slug}`);
  if (read.kind === 'locked') return <PasswordGate access={read.access} locale={locale} t={t} />;
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const path = `/${locale}/posts/${read.post.slug}`;
  return (
    <ReadingArticle post={read.post} locale={locale} t={t} path={path} nonce={nonce}>
      <CommentSection post={read.post} locale={locale} path={path} nonce={nonce} readOnly />
    </ReadingArticle>
  );
}
