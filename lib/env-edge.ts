import { z } from 'zod';
import { parseHttpUrl } from '@/lib/validations/url';

const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

/** Base URLs of the HTTP caches to purge, or null when one is not an http(s) URL. */
export function parsePurgeUrls(value: string): string[] | null {
  const urls = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const parsed = urls.map((url) => parseHttpUrl(url));
  return urls.length && parsed.every(Boolean) ? parsed.map((url) => url!.href) : null;
}

/** Purging HTTP caches in front (Varnish): where, with what secret, and how long pages may stay there. */
export const edgeEnv = {
  PURGE_URLS: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine(
        (v) => parsePurgeUrls(v) !== null,
        'PURGE_URLS must be comma-separated http(s) URLs of caches, such as http://127.0.0.1:6081/',
      )
      .transform((v) => parsePurgeUrls(v)!)
      .optional(),
  ),
  PURGE_SECRET: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .min(16, 'PURGE_SECRET must be at least 16 characters')
      .regex(/^[\x21-\x7e]+$/, 'PURGE_SECRET must be printable ASCII without spaces')
      .optional(),
  ),
  EDGE_MAX_AGE: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^\d{1,8}$/, 'EDGE_MAX_AGE must be a number of seconds, such as 86400')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 31_536_000, 'EDGE_MAX_AGE must be 1 to 31536000 seconds')
      .optional(),
  ),
};

type EdgeEnv = { PURGE_URLS?: string[]; PURGE_SECRET?: string; EDGE_MAX_AGE?: number };

/** A purge needs its secret; a long edge lifetime is only safe when changes purge. */
export function edgeEnvNeedsPurging(env: EdgeEnv, ctx: z.RefinementCtx) {
  if (env.PURGE_URLS && !env.PURGE_SECRET)
    ctx.addIssue({
      code: 'custom',
      path: ['PURGE_SECRET'],
      message: 'PURGE_SECRET is required with PURGE_URLS (the caches accept purges only with it)',
    });
  if (env.EDGE_MAX_AGE !== undefined && !env.PURGE_URLS)
    ctx.addIssue({
      code: 'custom',
      path: ['EDGE_MAX_AGE'],
      message:
        'EDGE_MAX_AGE needs PURGE_URLS: without purging, caches would show changes that late',
    });
}
