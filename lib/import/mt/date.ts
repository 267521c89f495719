/** MT export dates are wall-clock times in the blog's zone; these turn them into UTC instants. */
import { zonedTimeToUtc } from '@/lib/time-zone';

const MT_DATE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "MM/DD/YYYY hh:mm:ss AM|PM" or 24-hour "MM/DD/YYYY HH:mm:ss"; null when invalid. */
export function parseMtDate(value: string, timeZone = 'Asia/Tokyo'): Date | null {
  const m = MT_DATE.exec(value.trim());
  if (!m) return null;
  const [month, day, year, rawHour, minute, second] = m
    .slice(1, 7)
    .map((v) => Number(v ?? 0)) as number[];
  const meridiem = m[7]?.toUpperCase();
  let hour = rawHour ?? 0;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  const t = {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour,
    minute: minute ?? 0,
    second: second ?? 0,
  };
  const valid =
    t.month >= 1 &&
    t.month <= 12 &&
    t.day >= 1 &&
    t.day <= daysInMonth(t.year, t.month) &&
    t.hour <= 23 &&
    t.minute <= 59 &&
    t.second <= 59;
  return valid ? zonedTimeToUtc(t, timeZone) : null;
}
