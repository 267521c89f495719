import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/config';
import { SLUG_MAX } from '@/lib/model';

/**
 * Arguments a page binds to a public action (`action.bind(null, slug, locale)`), in that order.
 * Next encrypts them, but they still arrive as data from the browser, so the action parses them
 * like any other input (`defineAction(…, { bound: boundPostSchema })`) into `{ slug, locale }`.
 */
export const boundPostSchema = z
  .tuple([z.string().min(1).max(SLUG_MAX), z.enum(LOCALES)])
  .transform(([slug, locale]) => ({ slug, locale }));
