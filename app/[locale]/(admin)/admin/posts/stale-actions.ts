'use server';

import { confirmTranslation, stalePairs } from '@/db/queries/translation-status';
import type { StalePair } from '@/lib/blocks/stale';
import { defineAction, type ActionResult } from '@/server/action';
import { expirePublicPages } from '@/server/reader-cache';
import { confirmTranslationSchema } from '@/lib/validations/stale';

/**
 * "Still correct": the translation counts as made from the original as it is now, so neither the
 * editor nor the public page marks it any more. Owner only, as editing the post is.
 */
export const confirmTranslationAction = defineAction(
  { roles: ['owner'] },
  confirmTranslationSchema,
  (target, { user }): ActionResult<{ stale: StalePair[] }> => {
    const result = confirmTranslation(target, user.id);
    if (result === 'missing') return { ok: false, error: 'staleGone' };
    if (result === 'originalChanged') return { ok: false, error: 'staleOriginalChanged' };
    expirePublicPages();
    return { ok: true, data: { stale: stalePairs(target.postId) } };
  },
);
