import { zonedTimeToUtc } from '@/lib/time-zone';

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A WordPress date ("2023-04-15 21:30:00"): `gmt` values are UTC, the others wall-clock time in
 * the blog's zone. Null for "0000-00-00 00:00:00" (WordPress's "not set", e.g. on drafts) and
 * for impossible dates.
 */
export function parseWpDate(value: string, timeZone: string | 'UTC'): Date | null {
  const m = WP_DATE.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const same =
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    utc.getUTCHours() === hour &&
    year > 0;
  if (!same || minute > 59 || second > 59) return null;
  return timeZone === 'UTC'
    ? utc
    : zonedTimeToUtc({ year, month, day, hour, minute, second }, timeZone);
}
