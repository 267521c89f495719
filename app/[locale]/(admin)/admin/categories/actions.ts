'use server';

import { revalidatePath } from 'next/cache';
import { expirePublicPages } from '@/server/reader-cache';
import {
  CategoryParentError,
  CategorySlugTakenError,
  deleteCategory,
  saveCategory,
} from '@/db/queries/admin-categories';
import { defineAction, type ActionResult } from '@/server/action';
import { categorySchema, deleteCategorySchema } from '@/lib/validations/category';

// Category names show on cached post pages: expire those, and re-render this page.
function changed() {
  expirePublicPages();
  revalidatePath('/[locale]/admin/categories', 'page');
}

export const saveCategoryAction = defineAction(
  { roles: ['owner'] },
  categorySchema,
  (input, { user }): ActionResult<{ id: number }> => {
    let id: number | null;
    try {
      id = saveCategory(input, user.id);
    } catch (error) {
      if (error instanceof CategorySlugTakenError)
        return { ok: false, error: 'invalid', fieldErrors: { slug: ['categorySlugTaken'] } };
      if (error instanceof CategoryParentError)
        return {
          ok: false,
          error: 'invalid',
          fieldErrors: { parentId: ['categoryParentInvalid'] },
        };
      throw error;
    }
    if (id === null) return { ok: false, error: 'categoryGone' };
    changed();
    return { ok: true, data: { id } };
  },
);

/** Deletes a category; its posts stay, uncategorised. */
export const deleteCategoryAction = defineAction(
  { roles: ['owner'] },
  deleteCategorySchema,
  ({ id }, { user }): ActionResult => {
    if (!deleteCategory(id, user.id)) return { ok: false, error: 'categoryGone' };
    changed();
    return { ok: true, data: undefined };
  },
);
