import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sample } from './measure';
import { cacheable } from './read-pages';
import { historyRow, markdown, staticRatio, type Facts, type Row } from './report';
import { recipe } from './nginx';
import { dropTypesInclude } from './server';
import { escapeReply, resultOf } from './staff-actions';

const sample = (rps: number): Sample => ({
  rps,
  p50: 1,
  p99: 2,
  non2xx: 0,
  errors: 0,
  statuses: { 200: 1 },
});
const row = (rps: number, nextStatic?: number): Row => ({
  key: 'post',
  label: 'GET post page',
  sample: sample(rps),
  nextStatic: nextStatic ? sample(nextStatic) : undefined,
});
const weight = { htmlBytes: 1000, htmlGzip: 100, scripts: 3, jsGzip: 130 * 1024 };
const facts = (ok: boolean): Facts => ({
  date: '2026-11-28',
  commit: 'abc',
  machine: 'm',
  load: '1.0',
  post: weight,
  home: weight,
  rssBytes: 100 * 1024 ** 2,
  buildSeconds: 0,
  checks: [{ name: 'Edit a comment', ok, detail: 'x | y' }],
});

describe('bench report', () => {
  it('flags a read under 90 % of the same bytes served statically', () => {
    expect(staticRatio(row(90, 100))).toBe('90.0 % ✓');
    expect(staticRatio(row(89, 100))).toBe('89.0 % ✗');
    expect(staticRatio(row(89))).toBe('–');
    expect(staticRatio({ ...row(0, 100), absent: true })).toBe('–');
  });

  it('shows failed checks and missed targets', () => {
    const text = markdown([row(50, 100)], facts(false));
    expect(text).toContain('| Edit a comment | **FAIL** | x \\| y |');
    expect(text).toContain('(0/1 passed)');
    expect(text).toContain('≤ 120 KB ✗');
    expect(text).toContain('≤ 400 MB ✓');
    expect(historyRow([row(50, 100)], facts(true))).toContain('| 50 (50.0 %) |');
  });
});

describe('page cache facts', () => {
  it('needs a hit and a Cache-Control a CDN may keep', () => {
    expect(
      cacheable({
        nextCache: 'HIT',
        cacheControl: 's-maxage=60, stale-while-revalidate=3540',
        bytes: 1,
      }),
    ).toBe(true);
    expect(
      cacheable({
        nextCache: 'MISS',
        cacheControl: 's-maxage=60, stale-while-revalidate=3540',
        bytes: 1,
      }),
    ).toBe(false);
    expect(
      cacheable({
        nextCache: 'HIT',
        cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate',
        bytes: 1,
      }),
    ).toBe(false);
    expect(cacheable({ nextCache: null, cacheControl: null, bytes: 1 })).toBe(false);
  });
});

describe('server action replies', () => {
  it('finds the action result among the RSC rows', () => {
    const body =
      '0:{"a":"$@1","f":"","b":"build"}\n2:I["x",[],"y"]\n1:{"ok":true,"data":{"kind":"moderated","count":1}}\n';
    expect(resultOf(body)).toEqual({ ok: true, data: { kind: 'moderated', count: 1 } });
    expect(resultOf('1:{"ok":false,"error":"invalid"}')).toEqual({ ok: false, error: 'invalid' });
    expect(resultOf('0:{"a":"$@1"}\n')).toBeNull();
  });

  it('escapes strings that React would read as references', () => {
    expect(escapeReply({ ids: [1], body: '$5 off', nested: [{ t: '$' }], n: null })).toEqual({
      ids: [1],
      body: '$$5 off',
      nested: [{ t: '$$' }],
      n: null,
    });
  });
});

describe('tsconfig after a bench build', () => {
  it('drops only the lines next build added for the bench dist dir', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-ts-')), 'tsconfig.json');
    const include = [
      '**/*.ts',
      '.next/types/**/*.ts',
      '.next-bench/types/**/*.ts',
      '.next-lead/types/**/*.ts',
      '.next-bench/dev/types/**/*.ts',
    ];
    writeFileSync(file, JSON.stringify({ compilerOptions: { strict: true }, include }, null, 2));
    dropTypesInclude('.next-bench', file);
    expect(JSON.parse(readFileSync(file, 'utf8')).include).toEqual([
      '**/*.ts',
      '.next/types/**/*.ts',
      '.next-lead/types/**/*.ts',
    ]);
  });
});

describe('the README nginx recipe', () => {
  it('is the configuration the bench runs', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(
      `\`\`\`nginx\n${recipe(3000, '80', '/var/cache/nginx/taiyaku')}\n\`\`\``,
    );
  });
});
