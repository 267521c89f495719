import { z } from 'zod';
import { isLocalTarget, normalizeOldPath, OLD_PATH_MAX } from '@/lib/redirects/path';
import { SLUG_MAX } from '@/lib/model';

/**
 * One redirect on the owner's screen: an old address (a URL or a path, stored normalised) and
 * where it leads, either a post's slug or a path of this site (`/ja/about`).
 */
export const redirectSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  fromPath: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(OLD_PATH_MAX, { error: 'tooLong' })
    .refine((s) => normalizeOldPath(s) !== null, { error: 'redirectFromInvalid' })
    .transform((s) => normalizeOldPath(s)!),
  to: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(OLD_PATH_MAX, { error: 'tooLong' })
    .refine(
      (s) =>
        s.startsWith('/') ? isLocalTarget(s) : s.length <= SLUG_MAX && /^[^\s/\\:?#]+$/.test(s),
      {
        error: 'redirectToInvalid',
      },
    ),
});

export type RedirectFormValues = z.input<typeof redirectSchema>;

export const deleteRedirectSchema = z.object({ id: z.coerce.number().int().positive() });
