/** MT export dates are wall-clock times in the blog's zone; these turn them into UTC instants. */

const MT_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?$/;

type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for an unknown zone, so callers can reject the option up front. */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Zone offset (wall clock minus UTC, in ms) at a given instant. */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of zoneFormatter(timeZone).formatToParts(new Date(utcMs))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** UTC instant of a wall-clock time in `timeZone`; re-checks the offset once for DST edges. */
export function zonedTimeToUtc(t: WallTime, timeZone: string): Date {
  const wallMs = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const first = offsetAt(wallMs, timeZone);
  let utc = wallMs - first;
  const second = offsetAt(utc, timeZone);
  if (second !== first) utc = wallMs - second;
  return new Date(utc);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "MM/DD/YYYY hh:mm:ss AM|PM" or 24-hour "MM/DD/YYYY HH:mm:ss"; null when invalid. */
export function parseMtDate(value: string, timeZone = 'Asia/Tokyo'): Date | null {
  const m = MT_DATE.exec(value.trim());
  if (!m) return null;
  const [month, day, year, rawHour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as number[];
  const meridiem = m[7]?.toUpperCase();
  let hour = rawHour ?? 0;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  const t = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour, minute: minute ?? 0, second: second ?? 0 };
  const valid =
    t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= daysInMonth(t.year, t.month) &&
    t.hour <= 23 && t.minute <= 59 && t.second <= 59;
  return valid ? zonedTimeToUtc(t, timeZone) : null;
}
