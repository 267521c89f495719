'use server';

import { revalidatePath } from 'next/cache';
import { deleteTag, mergeTags, renameTag, TagSlugTakenError } from '@/db/queries/tags';
import { defineAction, type ActionResult } from '@/server/action';
import { expirePublicPages } from '@/server/reader-cache';
import { deleteTagSchema, mergeTagSchema, renameTagSchema } from '@/lib/validations/tag';

// Tags show on cached post pages, tag pages, feeds and the sitemap: expire those, and re-render this page.
function changed() {
  expirePublicPages();
  revalidatePath('/[locale]/admin/tags', 'page');
}

export const renameTagAction = defineAction(
  { roles: ['owner'] },
  renameTagSchema,
  (input, { user }): ActionResult => {
    try {
      if (!renameTag(input, user.id)) return { ok: false, error: 'tagGone' };
    } catch (error) {
      if (error instanceof TagSlugTakenError)
        return { ok: false, error: 'invalid', fieldErrors: { slug: ['tagSlugTaken'] } };
      throw error;
    }
    changed();
    return { ok: true, data: undefined };
  },
);

/** Moves a tag's posts to another tag and deletes it. */
export const mergeTagAction = defineAction(
  { roles: ['owner'] },
  mergeTagSchema,
  ({ id, into }, { user }): ActionResult => {
    if (!mergeTags({ from: id, into }, user.id)) return { ok: false, error: 'tagGone' };
    changed();
    return { ok: true, data: undefined };
  },
);

/** Deletes a tag; its posts stay, without it. */
export const deleteTagAction = defineAction(
  { roles: ['owner'] },
  deleteTagSchema,
  ({ id }, { user }): ActionResult => {
    if (!deleteTag(id, user.id)) return { ok: false, error: 'tagGone' };
    changed();
    return { ok: true, data: undefined };
  },
);
