import { describe, expect, it } from 'vitest';
import { cjkDates, latinDates } from './dates';

describe('numbers compared by value across scripts', () => {
  it('reads 万 and 億 as the values English writes with million and thousand', () => {
    expect(cjkDates('修理費は約1億2000万円に上る')).toContain('num:120000000');
    expect(latinDates('Repairs cost about 120 million yen')).toContain('num:120000000');
    expect(cjkDates('来場者は約260万人')).toContain('num:2600000');
    expect(latinDates('about 2.6 million people')).toContain('num:2600000');
    expect(cjkDates('約2万人の職員')).toContain('num:20000');
    expect(latinDates('about 20,000 rail workers')).toContain('num:20000');
  });

  it('keeps plain numbers, months and weekdays as before', () => {
    expect([...cjkDates('3月5日の金曜日、40%')].sort()).toEqual(
      ['dow:5', 'month:3', 'num:40', 'num:5'].sort(),
    );
    expect([...latinDates('On Friday, March 5, 40% of them')].sort()).toEqual(
      ['dow:5', 'month:3', 'num:40', 'num:5'].sort(),
    );
  });
});
