'use server';

import { getPostVisibility, setPostVisibility } from '@/db/queries/post-access';
import { defineAction, type ActionResult } from '@/server/action';
import { hashPostPassword } from '@/server/auth/password';
import { expirePublicPages } from '@/server/reader-cache';
import { postVisibilitySchema } from '@/lib/validations/post-visibility';

/**
 * Sets who may read a post (owner only). A new password logs every reader out of the post: their
 * cookies were signed with the old one's hash. Public pages expire, so listings and feeds follow.
 */
export const savePostVisibility = defineAction(
  { roles: ['owner'] },
  postVisibilitySchema,
  async ({ postId, visibility, password }): Promise<ActionResult> => {
    const current = getPostVisibility(postId);
    if (!current) return { ok: false, error: 'postGone' };
    let hash: string | null = null;
    if (visibility === 'password') {
      if (!password && !current.passwordHash)
        return { ok: false, error: 'invalid', fieldErrors: { password: ['passwordRequired'] } };
      hash = password ? await hashPostPassword(password) : current.passwordHash;
    }
    setPostVisibility(postId, visibility, hash);
    expirePublicPages();
    return { ok: true, data: undefined };
  },
);
