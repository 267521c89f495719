import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { startOldSite, type OldSite } from '@/server/import/media-copy-origin.test-helper';

throwawayDatabase();
// The old site is on 127.0.0.1: allowed only because this says so (as the e2e server's env does).
process.env.IMPORT_MEDIA_ALLOW_PRIVATE = '1';
const { createUser } = await import('@/db/queries/users');
const { getDb } = await import('@/db');
const { blocks } = await import('@/db/schema');
const { runImportCli } = await import('./import-cli');

let site: OldSite;
beforeAll(async () => {
  site = await startOldSite();
  createUser({ email: 'owner@example.org', name: 'Owner', role: 'owner', passwordHash: 'x' });
});
afterAll(() => site.close());

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCli(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    { inProcess: true },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function exportFile(title = 'Pictures'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'taiyaku-media-')), 'export.txt');
  writeFileSync(
    file,
    `TITLE: ${title}
DATE: 01/15/2024 10:00:00 AM
STATUS: Publish
-----
BODY:
<p>Two pictures.</p>
<img src="${site.url('/img/cli.png')}" alt="kept">
<img src="${site.url('/gone.png')}" alt="gone">
-----
--------
`,
  );
  return file;
}

describe('npm run import -- mt FILE --media', () => {
  it('counts in a dry run, then copies, lists what failed with its address, and copies once', async () => {
    const file = exportFile();
    const dry = await cli(['mt', file, '--media', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Media: would copy 2 files.');
    expect(site.hits.get('/img/cli.png')).toBeUndefined();

    const real = await cli(['mt', file, '--media']);
    expect(real.code).toBe(0);
    expect(real.out).toContain('Media: copied 1 file, 1 not copied (kept at the old address).');
    expect(real.out).toContain(
      `  not copied  line 1  ${site.url('/gone.png')}: the server answered 404`,
    );
    const srcs = getDb()
      .select({ src: blocks.src })
      .from(blocks)
      .all()
      .map((b) => b.src);
    expect(srcs.filter((s) => s?.startsWith('/media/'))).toHaveLength(1);
    expect(srcs).toContain(site.url('/gone.png'));

    const again = await cli(['mt', file, '--media']);
    expect(again.out).toContain('duplicate');
    expect(site.hits.get('/img/cli.png')).toBe(1);
  });

  it('without --media, fetches nothing and leaves every address as it is', async () => {
    const hits = site.hits.get('/img/cli.png');
    const { code, out } = await cli(['mt', exportFile('Plain'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).not.toHaveProperty('media');
    expect(site.hits.get('/img/cli.png')).toBe(hits);
    const srcs = getDb()
      .select({ src: blocks.src })
      .from(blocks)
      .all()
      .map((b) => b.src);
    expect(srcs.filter((s) => s === site.url('/img/cli.png'))).toHaveLength(1);
  });
});
