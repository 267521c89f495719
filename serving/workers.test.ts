import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, workerCount } from './workers.mjs';

describe('workerCount', () => {
  it('is one per core when WEB_CONCURRENCY is not set', () => {
    expect(workerCount(undefined, 2)).toBe(2);
    expect(workerCount('', 8)).toBe(8);
    expect(workerCount(' ', 1)).toBe(1);
    expect(workerCount(undefined, 500)).toBe(MAX_WORKERS);
  });

  it('takes a whole number from 1 to the maximum', () => {
    expect(workerCount('1', 8)).toBe(1);
    expect(workerCount('3', 2)).toBe(3);
  });

  it.each(['0', '-1', '1.5', 'two', '65', 'NaN', '1e1x'])('refuses %j with a message', (bad) => {
    expect(() => workerCount(bad, 2)).toThrow(/WEB_CONCURRENCY must be a whole number/);
  });
});
