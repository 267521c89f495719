import { describe, expect, it } from 'vitest';
import { isTimeZone, wallTimeOf, zonedTimeToUtc } from './time-zone';

describe('time zones: stored in UTC, shown in the blog’s zone', () => {
  it('turns a Tokyo wall-clock time into UTC and back', () => {
    const utc = zonedTimeToUtc(
      { year: 2026, month: 1, day: 1, hour: 0, minute: 30, second: 0 },
      'Asia/Tokyo',
    );
    expect(utc.toISOString()).toBe('2025-12-31T15:30:00.000Z');
    expect(wallTimeOf(utc, 'Asia/Tokyo')).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      second: 0,
    });
  });

  it('gets both sides of a daylight-saving change right', () => {
    // New York springs forward on 8 March 2026 at 02:00 (EST → EDT).
    expect(
      zonedTimeToUtc(
        { year: 2026, month: 3, day: 8, hour: 1, minute: 0, second: 0 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-08T06:00:00.000Z');
    expect(
      zonedTimeToUtc(
        { year: 2026, month: 3, day: 8, hour: 3, minute: 0, second: 0 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-08T07:00:00.000Z');
  });

  it('knows which zones exist', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
