import { z } from 'zod';
import { BLOCK_TEXT_MAX, codePoints } from '@/lib/model';
import { LANGUAGE_PATTERN } from './post';

/**
 * The editor's "Still correct" button: this translation still fits the original as shown
 * (`original`, so a confirmation never covers a change the owner did not see).
 */
export const confirmTranslationSchema = z.object({
  postId: z.number().int().positive(),
  blockId: z.number().int().positive(),
  language: z.string().regex(LANGUAGE_PATTERN),
  original: z.string().refine((s) => codePoints(s) <= BLOCK_TEXT_MAX),
});
