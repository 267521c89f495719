import { z } from 'zod';
import { codePoints } from '@/lib/model';

// Apart from tag.ts so that post.ts can use it without an import cycle.
export const TAG_NAME_MAX = 80;
/** How many tags (and categories) one post may carry. */
export const TERMS_PER_POST_MAX = 50;

/** A tag name as typed (commas separate tags in the editor's box, so none inside). */
export const tagNameText = z
  .string()
  .trim()
  .refine((s) => codePoints(s) <= TAG_NAME_MAX, { error: 'tooLong' })
  .refine((s) => !s.includes(','), { error: 'invalid' });
