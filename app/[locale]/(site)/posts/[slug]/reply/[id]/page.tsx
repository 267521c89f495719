import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { PostView } from '../../post-view';

type Params = Promise<{ locale: string; slug: string; id: string }>;

// `?replyto=N` without JavaScript (rewritten here by next.config.mjs): the form opens in reply
// mode. Rare, so it renders per request and is kept out of search engines.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function PostReply({ params }: { params: Params }) {
  const id = Number((await params).id);
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <PostView params={params} replyTo={Number.isSafeInteger(id) ? id : undefined} nonce={nonce} />
  );
}
