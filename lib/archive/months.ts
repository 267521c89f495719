/** Calendar months in the blog's time zone, for monthly archives. Times in the DB are UTC. */
import { wallTimeOf, zonedTimeToUtc } from '@/lib/time-zone';

export type YearMonth = { year: number; month: number };

/** The UTC instant of local midnight on the 1st of the month. */
function startOfMonth(year: number, month: number, timeZone: string): number {
  return zonedTimeToUtc({ year, month, day: 1, hour: 0, minute: 0, second: 0 }, timeZone).getTime();
}

/** [start, end) of a calendar month in `timeZone`, as UTC instants. */
export function monthRange(
  { year, month }: YearMonth,
  timeZone: string,
): { start: Date; end: Date } {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    start: new Date(startOfMonth(year, month, timeZone)),
    end: new Date(startOfMonth(next.year, next.month, timeZone)),
  };
}

/** The month `date` falls in, in `timeZone`. */
export function monthOf(date: Date, timeZone: string): YearMonth {
  const { year, month } = wallTimeOf(date, timeZone);
  return { year, month };
}

/** Posts per month, newest month first. */
export function countByMonth(
  dates: Date[],
  timeZone: string,
): Array<YearMonth & { count: number }> {
  const counts = new Map<number, number>();
  for (const date of dates) {
    const { year, month } = monthOf(date, timeZone);
    const key = year * 100 + month;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => b - a)
    .map(([key, count]) => ({ year: Math.floor(key / 100), month: key % 100, count }));
}

/** `/archives/2026/03` → { year: 2026, month: 3 }; anything else is null (a 404). */
export function parseYearMonth(year: string, month: string): YearMonth | null {
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return null;
  const y = Number(year);
  return y >= 1970 ? { year: y, month: Number(month) } : null;
}

/** The URL segment pair for a month: 2026, 3 → "2026/03". */
export function monthPath({ year, month }: YearMonth): string {
  return `${year}/${String(month).padStart(2, '0')}`;
}
