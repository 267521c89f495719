import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { edgeEnv, edgeEnvNeedsPurging, parsePurgeUrls } from './env-edge';
import { nextPurgeAttempt, PURGE_RETRY_MS } from './edge/retry';

const schema = z.object(edgeEnv).superRefine(edgeEnvNeedsPurging);
const messages = (input: Record<string, string>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const SECRET = 'a-secret-of-20-chars';

describe('purge environment', () => {
  it('reads comma-separated cache URLs, normalised', () => {
    expect(parsePurgeUrls(' http://127.0.0.1:6081 , https://edge.example/purge ')).toEqual([
      'http://127.0.0.1:6081/',
      'https://edge.example/purge',
    ]);
    expect(schema.parse({ PURGE_URLS: 'http://v:6081', PURGE_SECRET: SECRET })).toEqual({
      PURGE_URLS: ['http://v:6081/'],
      PURGE_SECRET: SECRET,
    });
    expect(schema.parse({ PURGE_URLS: '', PURGE_SECRET: '', EDGE_MAX_AGE: '' })).toEqual({});
  });

  it('refuses what is not an http(s) URL, naming the variable', () => {
    for (const bad of ['varnish:6081', 'ftp://v/', 'http://user:pw@v/', ',', 'http://v/,nope'])
      expect(messages({ PURGE_URLS: bad, PURGE_SECRET: SECRET })[0]).toMatch(/^PURGE_URLS: /);
  });

  it('needs a secret of 16 printable characters with PURGE_URLS', () => {
    expect(messages({ PURGE_URLS: 'http://v/' })).toEqual([
      'PURGE_SECRET: PURGE_SECRET is required with PURGE_URLS (the caches accept purges only with it)',
    ]);
    expect(messages({ PURGE_URLS: 'http://v/', PURGE_SECRET: 'short' })[0]).toMatch(/16/);
    expect(messages({ PURGE_URLS: 'http://v/', PURGE_SECRET: 'has a space in it ok' })[0]).toMatch(
      /printable/,
    );
  });

  it('takes EDGE_MAX_AGE in seconds, only when changes purge', () => {
    const on = { PURGE_URLS: 'http://v/', PURGE_SECRET: SECRET };
    expect(schema.parse({ ...on, EDGE_MAX_AGE: '86400' }).EDGE_MAX_AGE).toBe(86400);
    for (const bad of ['0', '-1', '1.5', '1d', '99999999'])
      expect(messages({ ...on, EDGE_MAX_AGE: bad })[0]).toMatch(/^EDGE_MAX_AGE: /);
    expect(messages({ EDGE_MAX_AGE: '86400' })).toEqual([
      'EDGE_MAX_AGE: EDGE_MAX_AGE needs PURGE_URLS: without purging, caches would show changes that late',
    ]);
  });
});

describe('purge retries', () => {
  it('backs off, then keeps trying every 10 minutes', () => {
    const now = new Date(0);
    const delays = [1, 2, 3, 4, 5, 6, 50].map((n) => nextPurgeAttempt(n, now).getTime());
    expect(delays).toEqual([...PURGE_RETRY_MS, 600_000, 600_000]);
  });
});
