'use server';

import { redirect } from 'next/navigation';
import { changePosts } from '@/db/queries/post-trash';
import { isLocale } from '@/lib/i18n/config';
import { defineAction, toInput } from '@/server/action';
import { expirePublicPages } from '@/server/reader-cache';
import { postTrashSchema } from '@/lib/validations/post-trash';

const NOTICE = { trash: 'trashed', restore: 'restored', delete: 'deleted' } as const;

/** Trash, restore or delete posts, then back to the list with a notice of how many changed. */
const changePostsAction = defineAction(
  { roles: ['owner'] },
  postTrashSchema,
  ({ locale, op, ids, confirm }, { user }) => {
    const list = `/${locale}/admin/posts`;
    if (op === 'delete' && confirm !== 'yes') redirect(`${list}/delete?ids=${ids.join(',')}`);
    const changed = changePosts({ op, ids, actorId: user.id });
    // A trashed post must answer 404 on the very next GET, and leave every list with it.
    if (changed.length) expirePublicPages();
    const view = op === 'trash' ? '' : 'view=trash&';
    redirect(`${list}?${view}notice=${NOTICE[op]}&count=${changed.length}`);
  },
);

/** The form action of the post list and the delete confirmation page (works without JavaScript). */
export async function postTrashAction(form: FormData): Promise<void> {
  const result = await changePostsAction(null, form);
  // Only bad input gets here (success redirects): most often nothing was ticked. A hand-made call
  // may send anything at all, so nothing about it is assumed.
  const input = Object(toInput(form)) as Record<string, unknown>;
  const locale = input.locale;
  const view = input.view === 'trash' ? 'view=trash&' : '';
  if (!result.ok) redirect(`/${isLocale(locale) ? locale : 'ja'}/admin/posts?${view}notice=none`);
}
