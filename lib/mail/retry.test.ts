import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAt } from './retry';

describe('mail retry schedule', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const wait = (attempts: number) => {
    const at = nextAttemptAt(attempts, now);
    return at && (at.getTime() - now.getTime()) / 60_000;
  };

  it('waits 1, 5, 30 and 120 minutes after the 1st to 4th failures, then gives up', () => {
    expect([1, 2, 3, 4].map(wait)).toEqual([1, 5, 30, 120]);
    expect(wait(5)).toBeNull();
    expect(wait(6)).toBeNull();
    expect(MAX_ATTEMPTS).toBe(5);
  });
});
