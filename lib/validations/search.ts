import { z } from 'zod';

export const SEARCH_QUERY_MAX = 100;
export const SEARCH_MAX_TERMS = 8;

/** The `q` of /search: one string (the first if repeated), trimmed, at most SEARCH_QUERY_MAX characters. */
export const searchQuerySchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim())
  .refine((v) => Array.from(v).length <= SEARCH_QUERY_MAX, { message: 'tooLong' });
