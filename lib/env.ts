import { z } from 'zod';
import { parseHttpUrl } from '@/lib/validations/url';
import { DEFAULT_DATABASE_PATH } from './database-path.mjs';
import { edgeEnv, edgeEnvNeedsPurging } from './env-edge';

const schema = z
  .object({
    DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE_PATH),
    AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
    COMMENT_RATE_LIMIT: z
      .string()
      .regex(/^(off|\d+\/\d+[smh])$/, 'COMMENT_RATE_LIMIT must look like "5/10m" or "off"')
      .optional(),
    TRUST_PROXY: z.enum(['0', '1']).default('0'),
    // Imports copying media may fetch from loopback and private networks (tests, a trusted intranet).
    IMPORT_MEDIA_ALLOW_PRIVATE: z.enum(['0', '1']).default('0'),
    // The blog's public origin; empty counts as unset. Kept as the parser's normalized origin.
    SITE_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .refine(
          (v) => siteOrigin(v) !== null,
          'SITE_URL must be the http(s) origin of the blog, such as https://blog.example (no path)',
        )
        .transform((v) => siteOrigin(v)!)
        .optional(),
    ),
    // Mail: SMTP when set (smtp:// or smtps://, credentials in the URL); else .eml files in the outbox folder.
    SMTP_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .refine(
          (v) => /^smtps?:$/.test(URL.canParse(v) ? new URL(v).protocol : ''),
          'SMTP_URL must be an smtp:// or smtps:// URL, such as smtp://user:pass@mail.example:587',
        )
        .optional(),
    ),
    MAIL_FROM: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .max(320)
        .refine(
          (v) => /^[^\r\n]*<?[^\s<>@]+@[^\s<>@]+>?$/.test(v),
          'MAIL_FROM must be an address, such as "Taiyaku <blog@example.org>"',
        )
        .optional(),
    ),
    MAIL_OUTBOX_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
    ...edgeEnv,
  })
  .superRefine(edgeEnvNeedsPurging);

/** An http(s) origin (a trailing "/" allowed, nothing more), or null. */
function siteOrigin(value: string): string | null {
  const url = parseHttpUrl(value);
  return url && url.pathname === '/' && !/[?#]/.test(value) ? url.origin : null;
}

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

/** Environment variables, validated once, with a message that names the bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}
