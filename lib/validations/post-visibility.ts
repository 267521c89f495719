import { z } from 'zod';
import { PASSWORD_MAX, POST_VISIBILITIES } from '@/lib/model';

/**
 * Who may read a post, chosen by the owner. A password post needs a password, unless it already
 * has one and the field is left empty (the old one stays).
 */
export const postVisibilitySchema = z.object({
  postId: z.coerce.number().int().positive(),
  visibility: z.enum(POST_VISIBILITIES),
  password: z
    .string()
    .default('')
    .refine((p) => [...p].length <= PASSWORD_MAX, { error: 'passwordTooLong' }),
});

export type PostVisibilityValues = z.input<typeof postVisibilitySchema>;
