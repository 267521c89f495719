import { z } from 'zod';
import { codePoints, SLUG_MAX, SLUG_PATTERN } from './post';
import { tagNameText } from './tag-name';

const id = z.coerce.number().int().positive();

/** Rename a tag: a new slug and a name per blog language (at least one). */
export const renameTagSchema = z
  .object({
    id,
    slug: z
      .string()
      .trim()
      .min(1, { error: 'required' })
      .refine((s) => codePoints(s) <= SLUG_MAX, { error: 'tooLong' })
      .refine((s) => SLUG_PATTERN.test(s), { error: 'slugFormat' }),
    names: z.record(z.string(), tagNameText),
  })
  .refine((v) => Object.values(v.names).some(Boolean), {
    error: 'tagNameRequired',
    path: ['names'],
  })
  .transform((v) => ({
    ...v,
    names: Object.fromEntries(Object.entries(v.names).filter(([, n]) => n)),
  }));

export type RenameTagValues = z.input<typeof renameTagSchema>;

/** Merge one tag into another: its posts carry the other instead. */
export const mergeTagSchema = z
  .object({ id, into: id })
  .refine((v) => v.id !== v.into, { error: 'tagMergeSelf', path: ['into'] });

export const deleteTagSchema = z.object({ id });
