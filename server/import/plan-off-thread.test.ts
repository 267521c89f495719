import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { createUser } = await import('@/db/queries/users');
const { getSettings } = await import('@/db/queries/settings');
const { importMt } = await import('./mt-import');
const { importWxr } = await import('./wxr-import');
const { runImport } = await import('./run-import');
const { planOffThread, ImportWorkerError } = await import('./plan-off-thread');
const { WxrFileError } = await import('@/lib/import/wxr/parse');
import type { ImportUnit, Planned } from './run-import';
import type { ImportReport } from '@/lib/import/import-report';

const fixture = (name: string) => readFileSync(`e2e/fixtures/${name}`, 'utf8');
let actorId = 0;
const base = () => ({ dryRun: true, actorId, language: 'en', timeZone: 'Asia/Tokyo' });
const request = (format: 'mt' | 'wxr', text: string, align = false) => ({
  format,
  text,
  opts: { ...base(), align, blog: getSettings().languages },
});

/** Each unit planned as the run would plan it, with its warnings; what is random per run (made-up emails, salts) blanked. */
function plans(units: ImportUnit[], report: ImportReport) {
  const slugs = new Set<string>();
  const planned = units.map((unit) => {
    const warnings: string[] = [];
    let result: Planned | string;
    try {
      result = unit.plan(slugs, (m) => warnings.push(m));
      slugs.add(result.plan.input.slug);
    } catch (error) {
      result = String(error);
    }
    return { key: unit.key, formerKey: unit.formerKey, line: unit.line, warnings, result };
  });
  const text = JSON.stringify({ planned, report })
    .replace(/unknown-[0-9a-f]{8}@invalid/g, 'x')
    .replace(/\$argon2id\$[^"]+/g, 'hash');
  return JSON.parse(text) as unknown;
}

beforeAll(() => {
  actorId = createUser({ email: 'o@example.org', name: 'O', role: 'owner', passwordHash: 'x' }).id;
});

describe('planOffThread', { timeout: 60_000 }, () => {
  const cases = [
    ['wxr', 'wxr-export.xml', false],
    ['wxr', 'wxr-visibility.xml', false],
    ['mt', 'mt-export.txt', false],
    ['mt', 'mt-bilingual.txt', true],
  ] as const;
  it.each(cases)('plans %s %s in a worker exactly as in process', async (format, name, align) => {
    const text = fixture(name);
    const inProcess =
      format === 'mt'
        ? importMt(text, { ...base(), align }, plans)
        : importWxr(text, base(), plans);
    const inWorker = await planOffThread(request(format, text, align), plans);
    expect(inWorker).toEqual(inProcess);
  });

  it('runs the worker’s plan like the in-process one (the same report)', async () => {
    const text = fixture('mt-bilingual.txt');
    const direct = importMt(text, { ...base(), align: true });
    const off = await planOffThread(request('mt', text, true), runImport);
    expect(off).toEqual(direct);
  });

  it('reports a file that is not WXR as WxrFileError, as parsing in process does', async () => {
    const text = '<html><body>not an export</body></html>';
    expect(() => importWxr(text, base())).toThrow(WxrFileError);
    await expect(planOffThread(request('wxr', text), runImport)).rejects.toThrow(WxrFileError);
  });

  it('turns a worker that fails (a bad request here) into an ImportWorkerError', async () => {
    const broken = { ...request('mt', 'TITLE: x\n-----\n'), opts: null } as never;
    await expect(planOffThread(broken, runImport)).rejects.toThrow(ImportWorkerError);
  });

  it('turns a worker that runs too long into an ImportWorkerError, not a hung promise', async () => {
    const big = fixture('mt-bilingual.txt').repeat(200);
    await expect(planOffThread(request('mt', big, true), runImport, {}, 1)).rejects.toThrow(
      /too long/,
    );
  });
});
