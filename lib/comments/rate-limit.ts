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

/**
 * Without a trusted proxy every anonymous commenter is the same client, so a per-client limit
 * would let one reader silence everyone: it becomes a site-wide ceiling this many times larger,
 * which still stops a flood but not a busy thread.
 */
export const SHARED_CLIENT_FACTOR = 10;

export type CommentThrottle = RateLimit & { bucket: string };

/**
 * The one rule for which limit a comment counts against: none for signed-in staff, the per-client
 * limit behind a trusted proxy (`client` is that client's key), else the site-wide ceiling.
 */
export function commentThrottle(
  perClient: RateLimit | null,
  who: { signedIn: boolean; trustProxy: boolean; client: string },
  /** What is being counted: translation suggestions keep a count apart from comments. */
  scope: 'comment' | 'suggestion' = 'comment',
): CommentThrottle | null {
  if (!perClient || who.signedIn) return null;
  if (who.trustProxy) return { bucket: `${scope}:${who.client}`, ...perClient };
  return {
    bucket: `${scope}:site`,
    limit: perClient.limit * SHARED_CLIENT_FACTOR,
    windowMs: perClient.windowMs,
  };
}
