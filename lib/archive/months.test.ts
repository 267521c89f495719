import { describe, expect, it } from 'vitest';
import { countByMonth, monthOf, monthPath, monthRange, parseYearMonth } from './months';

const iso = (r: { start: Date; end: Date }) => [r.start.toISOString(), r.end.toISOString()];

describe('month ranges in the blog time zone', () => {
  it('Tokyo is nine hours ahead all year', () => {
    expect(iso(monthRange({ year: 2026, month: 3 }, 'Asia/Tokyo'))).toEqual([
      '2026-02-28T15:00:00.000Z',
      '2026-03-31T15:00:00.000Z',
    ]);
  });

  it('December ends at the next year', () => {
    expect(iso(monthRange({ year: 2025, month: 12 }, 'UTC'))).toEqual([
      '2025-12-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });

  it('follows daylight saving time changes inside the month', () => {
    // New York: EST (-5) on 1 March, EDT (-4) from 8 March.
    expect(iso(monthRange({ year: 2026, month: 3 }, 'America/New_York'))).toEqual([
      '2026-03-01T05:00:00.000Z',
      '2026-04-01T04:00:00.000Z',
    ]);
    // London: BST (+1) until 25 October.
    expect(iso(monthRange({ year: 2026, month: 10 }, 'Europe/London'))).toEqual([
      '2026-09-30T23:00:00.000Z',
      '2026-11-01T00:00:00.000Z',
    ]);
  });

  it('a time near midnight belongs to the local month', () => {
    expect(monthOf(new Date('2026-03-31T15:30:00Z'), 'Asia/Tokyo')).toEqual({
      year: 2026,
      month: 4,
    });
    expect(monthOf(new Date('2026-03-31T14:59:59Z'), 'Asia/Tokyo')).toEqual({
      year: 2026,
      month: 3,
    });
    expect(monthOf(new Date('2026-03-01T04:00:00Z'), 'America/New_York')).toEqual({
      year: 2026,
      month: 2,
    });
  });

  it('range and month agree at both ends', () => {
    const { start, end } = monthRange({ year: 2024, month: 2 }, 'America/New_York');
    expect(monthOf(start, 'America/New_York')).toEqual({ year: 2024, month: 2 });
    expect(monthOf(new Date(end.getTime() - 1), 'America/New_York')).toEqual({
      year: 2024,
      month: 2,
    });
    expect(monthOf(end, 'America/New_York')).toEqual({ year: 2024, month: 3 });
  });

  it('counts posts per month, newest first', () => {
    const dates = ['2026-01-31T16:00:00Z', '2026-01-10T00:00:00Z', '2025-12-31T14:00:00Z'].map(
      (d) => new Date(d),
    );
    expect(countByMonth(dates, 'Asia/Tokyo')).toEqual([
      { year: 2026, month: 2, count: 1 },
      { year: 2026, month: 1, count: 1 },
      { year: 2025, month: 12, count: 1 },
    ]);
  });

  it('parses only real year/month segments', () => {
    expect(parseYearMonth('2026', '03')).toEqual({ year: 2026, month: 3 });
    for (const [y, m] of [
      ['2026', '3'],
      ['2026', '13'],
      ['2026', '00'],
      ['26', '03'],
      ['abcd', '01'],
      ['1969', '12'],
    ]) {
      expect(parseYearMonth(y!, m!)).toBeNull();
    }
    expect(monthPath({ year: 2026, month: 3 })).toBe('2026/03');
  });
});
