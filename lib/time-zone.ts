// Times are stored in UTC and shown in the blog's time zone: every conversion between the two
// lives here (archives, the editor's datetime-local fields, the Movable Type importer, settings).

export type WallTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter that spells out wall-clock fields; throws RangeError for an unknown zone. */
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
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

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    zoneFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of `instant` in `timeZone`. */
export function wallTimeOf(instant: Date | number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of zoneFormatter(timeZone).formatToParts(new Date(instant)))
    parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Zone offset (wall clock minus UTC, in ms) at a given instant. */
function offsetAt(utcMs: number, timeZone: string): number {
  const w = wallTimeOf(utcMs, timeZone);
  return (
    Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) -
    Math.floor(utcMs / 1000) * 1000
  );
}

/** UTC instant of a wall-clock time in `timeZone`; re-checks the offset once for DST edges. */
export function zonedTimeToUtc(t: WallTime, timeZone: string): Date {
  const wallMs = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const first = offsetAt(wallMs, timeZone);
  const second = offsetAt(wallMs - first, timeZone);
  return new Date(wallMs - (second !== first ? second : first));
}
