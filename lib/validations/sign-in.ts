import { z } from 'zod';
import { PASSWORD_MAX } from '@/lib/model';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'invalidEmail' })),
  // Long passwords are refused before any hashing work; nothing is truncated.
  password: z
    .string()
    .min(1, { error: 'passwordRequired' })
    .refine((p) => [...p].length <= PASSWORD_MAX, { error: 'passwordTooLong' }),
});
