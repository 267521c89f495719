import { z } from 'zod';
import { zonedTimeToUtc } from '@/lib/time-zone';

export const AUDIT_PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The audit page's query string: anything malformed is ignored rather than failing the page. */
export const auditQuerySchema = z.object({
  actor: z.preprocess(one, z.coerce.number().int().positive().optional().catch(undefined)),
  action: z.preprocess(
    one,
    z
      .string()
      .regex(/^[a-z]{1,20}\.[A-Za-z]{1,30}$/)
      .optional()
      .catch(undefined),
  ),
  from: z.preprocess(one, z.string().regex(DAY).optional().catch(undefined)),
  to: z.preprocess(one, z.string().regex(DAY).optional().catch(undefined)),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

function dayStart(day: string, timeZone: string, plusDays = 0): Date | undefined {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCMonth() !== month - 1) return undefined; // 2026-02-31 and the like
  return zonedTimeToUtc(
    { year, month, day: date + plusDays, hour: 0, minute: 0, second: 0 },
    timeZone,
  );
}

/**
 * The date filter as UTC instants: from the start of `from` to the end of `to`, both days in the
 * blog's time zone (what the owner reads on the page), `until` exclusive.
 */
export function auditRange(query: AuditQuery, timeZone: string): { since?: Date; until?: Date } {
  return {
    since: query.from ? dayStart(query.from, timeZone) : undefined,
    until: query.to ? dayStart(query.to, timeZone, 1) : undefined,
  };
}
