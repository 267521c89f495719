import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/config';
import { PASSWORD_MAX, SLUG_MAX } from '@/lib/model';

/** The reader's password form of a password-protected post (client and server). */
export const postPasswordSchema = z.object({
  password: z
    .string()
    .min(1, { error: 'passwordRequired' })
    .refine((p) => [...p].length <= PASSWORD_MAX, { error: 'passwordTooLong' }),
});

/** What the server action also reads: which post, and the page's language for the redirect. */
export const unlockPostSchema = postPasswordSchema.extend({
  slug: z.string().min(1).max(SLUG_MAX),
  locale: z.enum(LOCALES).catch(DEFAULT_LOCALE),
});
