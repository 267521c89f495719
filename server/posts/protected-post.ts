import 'server-only';
import { cookies } from 'next/headers';
import { getPostAccess, type PostAccess } from '@/db/queries/post-access';
import { getPostBySlug, type PublishedPost } from '@/db/queries/posts';
import { getCurrentUser } from '@/server/dal';
import { opensPost, unlockCookieName } from './unlock-cookie';

export type ProtectedRead =
  | { kind: 'missing' }
  | { kind: 'public' }
  | { kind: 'locked'; access: PostAccess }
  | { kind: 'open'; post: PublishedPost };

/**
 * What this request may see of a live post that is not public: staff read private and password
 * posts; other readers read a password post once its cookie opens it, and never a private one
 * (it reads as missing). Reads cookies and the session, so its page renders per request.
 */
export async function readProtectedPost(slug: string): Promise<ProtectedRead> {
  const access = getPostAccess(slug);
  if (!access) return { kind: 'missing' };
  if (access.visibility === 'public') return { kind: 'public' };
  const staff = (await getCurrentUser()) !== null;
  const cookie = (await cookies()).get(unlockCookieName(access.id))?.value;
  const open = staff || (access.visibility === 'password' && opensPost(access, cookie));
  if (open) {
    const post = getPostBySlug({ slug, liveOnly: true });
    return post ? { kind: 'open', post } : { kind: 'missing' };
  }
  return access.visibility === 'password' ? { kind: 'locked', access } : { kind: 'missing' };
}
