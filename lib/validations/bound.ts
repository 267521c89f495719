import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/config';
import { SLUG_MAX } from '@/lib/model';

/**
 * Arguments a page binds to a public action (`action.bind(null, slug, locale)`). Next encrypts
 * them, but they still arrive as data from the browser, so they are parsed like any other input.
 */
export const boundPostSchema = z.object({
  slug: z.string().min(1).max(SLUG_MAX),
  locale: z.enum(LOCALES),
});
