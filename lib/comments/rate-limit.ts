export type RateLimit = { limit: number; windowMs: number };

export const DEFAULT_RATE_LIMIT = '5/10m';
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** "5/10m" → 5 per 10 minutes; "off" → null; anything else → undefined (not a valid spec). */
export function parseRateLimit(spec: string): RateLimit | null | undefined {
  const value = spec.trim().toLowerCase();
  if (value === 'off') return null;
  const match = /^(\d{1,6})\/(\d{1,6})([smh])$/.exec(value);
  if (!match) return undefined;
  const [, limit, amount, unit] = match;
  const windowMs = Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  return Number(limit) > 0 && windowMs > 0 ? { limit: Number(limit), windowMs } : undefined;
}

/**
 * The comment rate limit per client: the COMMENT_RATE_LIMIT environment variable (for load tests
 * and e2e runs) wins over the blog's setting; an unreadable setting falls back to the default.
 */
export function commentRateLimit(setting: string, fromEnv?: string): RateLimit | null {
  for (const spec of [fromEnv, setting]) {
    const parsed = spec === undefined ? undefined : parseRateLimit(spec);
    if (parsed !== undefined) return parsed;
  }
  return parseRateLimit(DEFAULT_RATE_LIMIT)!;
}
