import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/config';
import { BLOCK_KINDS, BLOCK_TEXT_MAX, codePoints } from '@/lib/model';

/** The editor's per-block preview: one block text as the reader will see it. */
export const blockPreviewSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  /** The editor's UI language, for the footnote labels. */
  locale: z.enum(LOCALES),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'invalid' }),
  text: z.string().refine((s) => codePoints(s) <= BLOCK_TEXT_MAX, { error: 'tooLong' }),
});
