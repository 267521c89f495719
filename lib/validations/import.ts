import { z } from 'zod';
import { AUTHOR_CHOICES } from '@/lib/import/authors';
import { LANGUAGE_PATTERN } from './post';

/** Pasted pages are small; the command line takes anything bigger. */
export const PASTE_MAX = 500_000;
/** The import page uploads exports itself (a route handler, not a server action): up to 32 MB. */
export const IMPORT_UPLOAD_MAX = 32 * 1024 * 1024;
export const EXPORT_FORMATS = ['mt', 'wxr'] as const;

const language = z
  .union([z.literal(''), z.string().regex(LANGUAGE_PATTERN, { error: 'invalid' })])
  .transform((v) => v || undefined);

/** Paste-and-align: the page text, and optionally the languages when detection should not guess. */
export const pasteImportSchema = z.object({
  text: z.string().trim().min(1, { error: 'required' }).max(PASTE_MAX, { error: 'tooLong' }),
  originalLanguage: language,
  translationLanguage: language,
});

// A file input's value in the browser (a FileList), or the File the server reads from the form.
const firstFile = (v: unknown) =>
  typeof FileList !== 'undefined' && v instanceof FileList ? (v[0] ?? null) : v;
// A checkbox in the browser (boolean), a form field on the server ("true", "on" or absent).
const flag = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === 'true' || v === 'on');

const choice = z.enum(AUTHOR_CHOICES, { error: 'invalid' });
/** The dry run's author choices, sent by the page as JSON: `{ all, by: { login: choice } }`. */
const authorChoices = z.preprocess(
  (v) => {
    if (typeof v !== 'string' || !v) return v || undefined;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return null;
    }
  },
  z.object({ all: choice, by: z.record(z.string().max(200), choice).optional() }).optional(),
);

/** An export file (Movable Type / Seesaa, or WordPress WXR), imported for real or as a dry run. */
export const exportImportSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: 'invalid' }),
  file: z.preprocess(
    firstFile,
    z
      .instanceof(File, { error: 'required' })
      .refine((f) => f.size > 0, { error: 'required' })
      .refine((f) => f.size <= IMPORT_UPLOAD_MAX, { error: 'fileTooLarge' }),
  ),
  language: z.string().regex(LANGUAGE_PATTERN, { error: 'invalid' }),
  /** MT only: run the paste aligner over each body. */
  align: flag,
  dryRun: flag,
  /** Copy the images (and audio, video) the posts show from the old site into the media library. */
  media: flag,
  /** Whose posts each export author's become: the owner's (default) or a disabled user's. */
  authors: authorChoices,
});

export type ExportImportValues = z.input<typeof exportImportSchema>;
export type PasteImportValues = z.input<typeof pasteImportSchema>;
