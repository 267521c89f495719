import { z } from 'zod';
import { checkAccent } from '@/lib/accent';

/**
 * The blog's look in the settings form: an accent colour (empty = the built-in one) and the
 * uploaded logo's media id (empty = the built-in mark). Spread into `settingsSchema`'s object.
 */
export const blogLookFields = {
  accentColor: z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .superRefine((s, ctx) => {
      if (s === '') return;
      const check = checkAccent(s);
      if (!check) ctx.addIssue({ code: 'custom', message: 'accentFormat' });
      else if (!check.ok) ctx.addIssue({ code: 'custom', message: 'accentContrast' });
    })
    .transform((s) => s || null),
  logoMediaId: z
    .union([z.literal(''), z.coerce.number({ error: 'invalid' }).int().positive()])
    .transform((v) => (v === '' ? null : v)),
};

/** The form's text values for the stored look. */
export function blogLookFormValues(s: { accentColor: string | null; logoMediaId: number | null }) {
  return {
    accentColor: s.accentColor ?? '',
    logoMediaId: s.logoMediaId === null ? '' : String(s.logoMediaId),
  };
}
