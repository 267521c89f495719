import { type NextRequest, NextResponse } from 'next/server';
import { getOwnUnapprovedComments } from '@/db/queries/comments';
import {
  COMMENTER_COOKIE,
  OWN_COMMENTS_COOKIE,
  readCommenter,
  readOwnIds,
} from '@/server/comments/cookies';
import { getPublicPost } from '@/server/reader-cache';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'cache-control': 'private, no-store', vary: 'Cookie' };

/**
 * What the cached post page cannot hold: this reader's own held comments (from their signed
 * cookie) and their remembered name and email. Answers only the reader who holds the cookies; a
 * forged or foreign cookie reads as nothing.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPublicPost((await params).slug);
  if (!post) return NextResponse.json({ error: 'notFound' }, { status: 404, headers: PRIVATE });
  const ids = readOwnIds(request.cookies.get(OWN_COMMENTS_COOKIE)?.value);
  const pending = getOwnUnapprovedComments({ postId: post.id, ids }).map(
    ({ id, parentId, authorName, body, createdAt }) => ({
      id,
      parentId,
      authorName,
      body,
      createdAt,
    }),
  );
  return NextResponse.json(
    { commenter: readCommenter(request.cookies.get(COMMENTER_COOKIE)?.value), pending },
    { headers: PRIVATE },
  );
}
