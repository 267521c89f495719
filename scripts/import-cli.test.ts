import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

const file = throwawayDatabase();
const { createUser } = await import('@/db/queries/users');
const { listAdminPosts } = await import('@/db/queries/admin-posts');
const { runImportCli } = await import('./import-cli');

const run = promisify(execFile);

/** Runs a command in-process and collects what it printed. */
function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runImportCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  createUser({ email: 'owner@example.org', name: 'Owner', role: 'owner', passwordHash: 'x' });
});

describe('npm run import', () => {
  it('paste --json prints the 19 seed blocks, untranslated ones without the language', async () => {
    const { stdout } = await run('npm', ['run', 'import', '--', 'paste', 'e2e/fixtures/raw.txt', '--json', '--dry-run'], {
      env: { ...process.env, DATABASE_PATH: file, NODE_OPTIONS: '' },
      timeout: 60_000,
    });
    const json = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { blocks: Array<{ kind: string; texts: Record<string, string> }>; meta: Record<string, unknown> };
    expect(json.blocks).toHaveLength(19);
    expect(json.blocks.filter((b) => 'ja' in b.texts)).toHaveLength(6);
    expect(json.blocks[1]).toEqual({ kind: 'subheading', texts: { en: 'Moscow is reportedly represented by the country’s top spy at the negotiations' } });
    expect(json.meta).toMatchObject({ originalLanguage: 'en', translationLanguage: 'ja', author: 'ZUKUNASHI' });
  }, 60_000);

  it('paste saves a draft unless --dry-run', () => {
    expect(cli(['paste', 'e2e/fixtures/raw.txt', '--dry-run']).code).toBe(0);
    expect(listAdminPosts({}).total).toBe(0);
    const saved = cli(['paste', 'e2e/fixtures/raw.txt']);
    expect(saved.code).toBe(0);
    expect(saved.err).toMatch(/Saved draft #\d+ "russia-and-us-holding-secret-talks-in-ankara" with 19 blocks/);
    expect(listAdminPosts({ status: 'draft' }).posts.map((p) => p.slug)).toEqual(['russia-and-us-holding-secret-talks-in-ankara']);
  });

  it('mt reports the malformed entry by line, and a second run adds nothing', () => {
    const first = cli(['mt', 'e2e/fixtures/mt-export.txt']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Created 2 posts, 4 comments, 2 categories.');
    expect(first.out).toMatch(/skipped +line 63: unparsable DATE/);
    const again = cli(['mt', 'e2e/fixtures/mt-export.txt']);
    expect(again.out).toContain('Created 0 posts, 0 comments, 0 categories.');
    expect(listAdminPosts({}).total).toBe(3);
  });

  it('exits non-zero with a clear message on unreadable input', () => {
    expect(cli(['paste', 'no/such/file.txt'])).toMatchObject({ code: 1, err: 'Cannot read no/such/file.txt: no such file.' });
    const binary = path.join(path.dirname(file), 'binary.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
    expect(cli(['mt', binary])).toMatchObject({ code: 1, err: `${binary} is not UTF-8 text.` });
    const words = path.join(path.dirname(file), 'nothing.txt');
    writeFileSync(words, '12345\n\n---\n');
    expect(cli(['paste', words]).code).toBe(1);
    expect(cli(['mt', words])).toMatchObject({ code: 1, out: expect.stringMatching(/skipped +line 1: .*expected "KEY: value"/) });
    writeFileSync(words, '\n\n--------\n');
    expect(cli(['mt', words])).toMatchObject({ code: 1, err: 'No Movable Type entries found in the file.' });
    expect(cli(['copy', 'x']).code).toBe(1);
  });
});
