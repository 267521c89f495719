import { z } from 'zod';
import { ROLES } from '@/lib/model';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/model';
import { codePoints, EMAIL_MAX, USER_NAME_MAX } from '@/lib/model';

export { EMAIL_MAX, USER_NAME_MAX } from '@/lib/model';

const password = z
  .string()
  .refine((p) => codePoints(p) >= PASSWORD_MIN, { error: 'passwordTooShort' })
  .refine((p) => codePoints(p) <= PASSWORD_MAX, { error: 'passwordTooLong' });

/** The owner adds a moderator or another owner. */
export const newUserSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .refine((s) => codePoints(s) <= USER_NAME_MAX, { error: 'tooLong' }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(EMAIL_MAX, { error: 'tooLong' })
    .pipe(z.email({ error: 'invalidEmail' })),
  role: z.enum(ROLES),
  password,
});

export const resetPasswordSchema = z.object({ id: z.coerce.number().int().positive(), password });

/** Disable/enable an account or change its role; checked against the last active owner. */
export const changeUserSchema = z.object({
  id: z.coerce.number().int().positive(),
  disabled: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  role: z.enum(ROLES).optional(),
});

export type NewUserValues = z.input<typeof newUserSchema>;
