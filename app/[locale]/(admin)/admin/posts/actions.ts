'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { categoryExists } from '@/db/queries/admin-categories';
import { getAdminPost } from '@/db/queries/admin-posts';
import {
  PostNotFoundError,
  savePost,
  SlugTakenError,
  type PostInput,
} from '@/db/queries/post-editor';
import { restoreRevision } from '@/db/queries/revisions';
import { stalePairs } from '@/db/queries/translation-status';
import { getSettings } from '@/db/queries/settings';
import type { StalePair } from '@/lib/blocks/stale';
import { defineAction, type ActionResult } from '@/server/action';
import { isLocale } from '@/lib/i18n/config';
import { dateSlug, nextDateSlug } from '@/lib/slug';
import { expirePublicPages } from '@/server/reader-cache';
import {
  localTimeToUtc,
  savePostSchema,
  utcToLocalTime,
  type PostFormOutput,
} from '@/lib/validations/post';

/** `blockIds`: the saved blocks' ids in order, which the editor keeps for the next save. */
export type SavedPost = {
  id: number;
  slug: string;
  publishedAt: string;
  blockIds: number[];
  stale: StalePair[];
};

/** The form's output as savePost takes it: the time placed in the blog's zone. */
function toPostInput(post: PostFormOutput, timeZone: string): PostInput {
  const { slug, status, originalLanguage, categoryIds, tags, commentsOpen, coverSrc } = post;
  const { translations, blocks } = post;
  const publishedAt = post.publishedAt ? localTimeToUtc(post.publishedAt, timeZone) : null;
  return {
    // A draft saved before it has a slug gets the date one, numbered if taken (saveNumbered).
    slug: slug || dateSlug(new Date(), timeZone),
    status,
    publishedAt,
    originalLanguage,
    categoryId: categoryIds[0] ?? null,
    categoryIds,
    tags,
    commentsOpen,
    coverSrc,
    translations,
    blocks,
  };
}

/**
 * A date slug ("2026-11-28-1", the editor's proposal for a kanji-only title) that is taken moves
 * on to the next number, so several such posts a day save without the owner numbering them.
 */
function saveNumbered(input: PostInput, options: Parameters<typeof savePost>[1]): number {
  for (let tries = 0; ; tries++) {
    try {
      return savePost(input, options);
    } catch (error) {
      const next = error instanceof SlugTakenError && tries < 100 && nextDateSlug(input.slug);
      if (!next) throw error;
      input = { ...input, slug: next };
    }
  }
}

const fieldError = (field: string, message: string): ActionResult<never> => ({
  ok: false,
  error: 'invalid',
  fieldErrors: { [field]: [message] },
});

/** Creates or updates a post; readers see the change at once (its cache entry is expired). */
export const savePostAction = defineAction(
  { roles: ['owner'] },
  savePostSchema,
  ({ id, post }, { user }): ActionResult<SavedPost> => {
    const { timeZone } = getSettings();
    const before = id ? getAdminPost({ id }) : null;
    if (id && !before) return { ok: false, error: 'postGone' };
    if (!post.categoryIds.every(categoryExists)) return fieldError('post.categoryIds', 'invalid');
    const input = toPostInput(post, timeZone);
    let savedId: number;
    try {
      savedId = saveNumbered(input, { actorId: user.id, postId: id ?? undefined });
    } catch (error) {
      if (error instanceof SlugTakenError) return fieldError('post.slug', 'postSlugTaken');
      if (error instanceof PostNotFoundError) return { ok: false, error: 'postGone' };
      throw error;
    }
    expirePublicPages();
    const saved = getAdminPost({ id: savedId })!;
    return {
      ok: true,
      data: {
        id: savedId,
        slug: saved.slug,
        publishedAt: saved.publishedAt ? utcToLocalTime(saved.publishedAt, timeZone) : '',
        blockIds: saved.blocks.map((b) => b.id),
        stale: stalePairs(savedId),
      },
    };
  },
);

const restoreSchema = z.object({
  locale: z.string().refine(isLocale),
  postId: z.coerce.number().int().positive(),
  revisionId: z.coerce.number().int().positive(),
});

/** Puts a post back as a revision saved it, then opens the editor on the result. */
export const restoreRevisionAction = defineAction(
  { roles: ['owner'] },
  restoreSchema,
  ({ locale, postId, revisionId }, { user }): ActionResult => {
    const before = getAdminPost({ id: postId });
    let restored: PostInput | null;
    try {
      restored = before && restoreRevision({ id: revisionId, postId }, user.id);
    } catch (error) {
      if (error instanceof SlugTakenError) return { ok: false, error: 'postSlugTaken' };
      throw error;
    }
    if (!before || !restored) return { ok: false, error: 'postGone' };
    expirePublicPages();
    // A fresh value each time: the editor is keyed by it, so it re-initialises even when the same
    // revision is restored twice in a row.
    redirect(`/${locale}/admin/posts/${postId}/edit?restored=${revisionId}.${Date.now()}`);
  },
);
