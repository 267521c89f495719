import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { authSecret, createOnce } = await import('./secret');

describe('the generated auth secret', () => {
  it('is made once, private, and read back the same', () => {
    const first = authSecret();
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(authSecret()).toBe(first);
    const file = path.join(path.dirname(path.resolve(process.env.DATABASE_PATH!)), 'auth-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('keeps the first worker’s secret when another one loses the race, leaving no drafts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'secret-'));
    const file = path.join(dir, 'auth-secret');
    createOnce(dir, file);
    const winner = readFileSync(file, 'utf8');
    createOnce(dir, file);
    createOnce(dir, file);
    expect(readFileSync(file, 'utf8')).toBe(winner);
    expect(readdirSync(dir)).toEqual(['auth-secret']);
  });
});
