import { z } from 'zod';
import { codePoints, SLUG_MAX, SLUG_PATTERN } from './post';

export const CATEGORY_NAME_MAX = 80;

const name = z
  .string()
  .trim()
  .refine((s) => codePoints(s) <= CATEGORY_NAME_MAX, { error: 'tooLong' });

/** Create or edit a category: a slug and a name per blog language (at least one). */
export const categorySchema = z
  .object({
    id: z.coerce.number().int().positive().optional(),
    slug: z
      .string()
      .trim()
      .min(1, { error: 'required' })
      .refine((s) => codePoints(s) <= SLUG_MAX, { error: 'tooLong' })
      .refine((s) => SLUG_PATTERN.test(s), { error: 'slugFormat' }),
    names: z.record(z.string(), name),
    // '' (the select's "none") for a top-level category.
    parentId: z
      .union([z.literal(''), z.coerce.number().int().positive()])
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .refine((v) => Object.values(v.names).some(Boolean), {
    error: 'categoryNameRequired',
    path: ['names'],
  })
  .transform((v) => ({
    ...v,
    names: Object.fromEntries(Object.entries(v.names).filter(([, n]) => n)),
  }));

export type CategoryFormValues = z.input<typeof categorySchema>;

export const deleteCategorySchema = z.object({ id: z.coerce.number().int().positive() });
