import { z } from 'zod';
import { LANGUAGE_PATTERN } from './post';

/** Pasted pages are small; the command line takes anything bigger. */
export const PASTE_MAX = 500_000;
/** Server actions accept request bodies up to 1 MB; bigger exports go through `npm run import`. */
export const MT_UPLOAD_MAX = 1_000_000 - 50_000;

const language = z
  .union([z.literal(''), z.string().regex(LANGUAGE_PATTERN, { error: 'invalid' })])
  .transform((v) => v || undefined);

/** Paste-and-align: the page text, and optionally the languages when detection should not guess. */
export const pasteImportSchema = z.object({
  text: z.string().trim().min(1, { error: 'required' }).max(PASTE_MAX, { error: 'tooLong' }),
  originalLanguage: language,
  translationLanguage: language,
});

/** A Movable Type export file, imported for real or as a dry run, in one language. */
export const mtImportSchema = z.object({
  file: z
    .instanceof(File, { error: 'required' })
    .refine((f) => f.size > 0, { error: 'required' })
    .refine((f) => f.size <= MT_UPLOAD_MAX, { error: 'fileTooLarge' }),
  language: z.string().regex(LANGUAGE_PATTERN, { error: 'invalid' }),
  dryRun: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export type PasteImportValues = z.input<typeof pasteImportSchema>;
