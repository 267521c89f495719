import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

const file = throwawayDatabase();
const { createUser } = await import('@/db/queries/users');
const { getAdminPost, listAdminPosts } = await import('@/db/queries/admin-posts');
const { runImportCli } = await import('./import-cli');

const run = promisify(execFile);

/** Runs a command in-process and collects what it printed. */
function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runImportCli(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    { inProcess: true },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  createUser({ email: 'owner@example.org', name: 'Owner', role: 'owner', passwordHash: 'x' });
});

describe('npm run import', () => {
  it('paste --json prints the 19 seed blocks, untranslated ones without the language', async () => {
    const { stdout } = await run(
      'npm',
      ['run', 'import', '--', 'paste', 'e2e/fixtures/raw.txt', '--json', '--dry-run'],
      {
        env: { ...process.env, DATABASE_PATH: file, NODE_OPTIONS: '' },
        timeout: 60_000,
      },
    );
    const json = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      blocks: Array<{ kind: string; texts: Record<string, string> }>;
      meta: Record<string, unknown>;
    };
    expect(json.blocks).toHaveLength(19);
    expect(json.blocks.filter((b) => 'ja' in b.texts)).toHaveLength(6);
    expect(json.blocks[1]).toEqual({
      kind: 'subheading',
      texts: {
        en: 'Moscow is reportedly represented by the country’s top spy at the negotiations',
      },
    });
    expect(json.meta).toMatchObject({
      originalLanguage: 'en',
      translationLanguage: 'ja',
      author: 'ZUKUNASHI',
    });
  }, 60_000);

  it('paste saves a draft unless --dry-run', () => {
    expect(cli(['paste', 'e2e/fixtures/raw.txt', '--dry-run']).code).toBe(0);
    expect(listAdminPosts({}).total).toBe(0);
    const saved = cli(['paste', 'e2e/fixtures/raw.txt']);
    expect(saved.code).toBe(0);
    expect(saved.err).toMatch(
      /Saved draft #\d+ "russia-and-us-holding-secret-talks-in-ankara" with 19 blocks/,
    );
    expect(listAdminPosts({ status: 'draft' }).posts.map((p) => p.slug)).toEqual([
      'russia-and-us-holding-secret-talks-in-ankara',
    ]);
  });

  it('mt reports the malformed entry by line, and a second run adds nothing', () => {
    const first = cli(['mt', 'e2e/fixtures/mt-export.txt']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Created 2 posts, 4 comments, 2 categories.');
    expect(first.out).toMatch(/skipped +line 63: unparsable DATE/);
    // Every piece the import left out is listed, with its line and an excerpt.
    expect(first.out).toContain(
      'dropped   line 17: <svg> never closed: only the tag was dropped, what follows it was kept: "<svg width=\\"12\\" height=\\"12\\">"',
    );
    expect(first.out).toContain(
      'dropped   line 24: <script> removed with its content: "alert(\\"tracking\\")"',
    );
    expect(first.out).toMatch(
      /dropped {3}line 25: <a> link address dropped .*: "javascript:alert\(1\)"/,
    );
    const again = cli(['mt', 'e2e/fixtures/mt-export.txt']);
    expect(again.out).toContain('Created 0 posts, 0 comments, 0 categories.');
    expect(listAdminPosts({}).total).toBe(3);
  });

  it('exits non-zero with a clear message on unreadable input', () => {
    expect(cli(['paste', 'no/such/file.txt'])).toMatchObject({
      code: 1,
      err: 'Cannot read no/such/file.txt: no such file.',
    });
    const binary = path.join(path.dirname(file), 'binary.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
    expect(cli(['mt', binary])).toMatchObject({ code: 1, err: `${binary} is not UTF-8 text.` });
    const words = path.join(path.dirname(file), 'nothing.txt');
    writeFileSync(words, '12345\n\n---\n');
    expect(cli(['paste', words]).code).toBe(1);
    expect(cli(['mt', words])).toMatchObject({
      code: 1,
      out: expect.stringMatching(/skipped +line 1: missing TITLE/),
    });
    writeFileSync(words, '\n\n--------\n');
    expect(cli(['mt', words])).toMatchObject({
      code: 1,
      err: 'No Movable Type entries found in the file.',
    });
    expect(cli(['copy', 'x']).code).toBe(1);
  });
});

// After the counting tests above: these save drafts of their own.
describe('npm run import -- paste keeps every paragraph', () => {
  it('paste keeps every paragraph of a half-translated Japanese original and lists the proposed chrome', () => {
    const fixture = 'e2e/fixtures/paste-ja-original.txt';
    const report = cli(['paste', fixture]);
    expect(report.code).toBe(0);
    expect(report.out).toContain(
      'Original language: ja (guessed: its paragraphs come first and are the most numerous — ja 6, en 4).',
    );
    expect(report.out).toContain(
      '7 blocks (ja), 3 en paragraphs aligned, 1 kept as blocks of their own',
    );
    expect(report.out).toMatch(/leftover {2}line 18 \(en\) → block 4: Translator/);
    // Each placement says how sure it is (issue #15), with the cues behind it.
    expect(report.out).toMatch(/en #1 → block 1 {2}strong \(margin [\d.]+; .*heading/);
    expect(report.out).toContain(
      '5 lines proposed as page chrome, not saved (--keep-chrome keeps them):',
    );
    expect(report.out).toMatch(/page title +line 1: 信州の古い町並みを歩く：松本だより/);
    expect(report.out).toMatch(/footer +line 21: 投稿者：松本太郎/);
    expect(report.out).toMatch(/comment form +line 22: Comments/);
    const id = Number(/Saved draft #(\d+)/.exec(report.err)?.[1]);
    const saved = getAdminPost({ id })!;
    const pasted = readFileSync(fixture, 'utf8')
      .split('\n')
      .map((l) => l.trim());
    const kept = saved.blocks
      .flatMap((b) => Object.values(b.texts))
      .filter((t): t is string => !!t);
    expect(kept).toHaveLength(10);
    for (const text of kept) expect(pasted).toContain(text);
    expect(saved.blocks.map((b) => b.texts.ja).filter((t) => /[ぁ-ん]/.test(t ?? ''))).toHaveLength(
      6,
    );

    const json = JSON.parse(
      cli(['paste', fixture, '--json', '--dry-run', '--keep-chrome']).out,
    ) as { blocks: unknown[]; removedAsChrome: Array<{ reason: string }>; leftovers: unknown[] };
    expect(json.blocks).toHaveLength(12);
    expect(json.removedAsChrome.map((c) => c.reason)).toEqual([
      'page-title',
      'footer',
      'comment-form',
      'comment-form',
      'comment-form',
    ]);
    expect(json.leftovers).toHaveLength(1);
  });

  it('paste splits a paragraph over the block limit into several blocks, says so and saves it whole', () => {
    const long = Array.from({ length: 4000 }, (_, i) => `word${i}`).join(' '); // about 31,000 characters
    const pasted = path.join(path.dirname(file), 'long.txt');
    writeFileSync(pasted, `A very long page\n\n${long}\n\nThe end.\n`);
    const report = cli(['paste', pasted, '--original', 'en', '--translation', 'ja']);
    expect(report.code).toBe(0);
    expect(report.out).toMatch(
      /Block 2 was over 20000 characters: saved as 2 blocks \(blocks 2–3\)\./,
    );
    const saved = getAdminPost({ id: Number(/Saved draft #(\d+)/.exec(report.err)?.[1]) })!;
    expect(saved.blocks.map((b) => b.texts.en)).toEqual([
      'A very long page',
      expect.any(String),
      expect.any(String),
      'The end.',
    ]);
    expect(
      saved.blocks
        .slice(1, 3)
        .map((b) => b.texts.en)
        .join(' '),
    ).toBe(long);
  });

  it('paste --original overrides the guess, and an unclear guess is flagged', () => {
    const unclear = path.join(path.dirname(file), 'unclear.txt');
    writeFileSync(
      unclear,
      'ウィーンとパリを結ぶ夜行列車が出発した。\n\nThe night train left Vienna on Sunday.\n\nIt will run three times a week.\n',
    );
    const guessed = cli(['paste', unclear, '--dry-run']);
    expect(guessed.out).toContain(
      'Original language unclear: guessed en for having the most paragraphs (en 2, ja 1), but ja comes first. Check the draft, or run again with --original ja.',
    );
    expect(guessed.err).toContain('Check the original language: en was a guess');
    const given = cli(['paste', unclear, '--dry-run', '--original', 'ja']);
    expect(given.out).toContain('Original language: ja (as given).');
    expect(given.err).not.toContain('was a guess');
  });
});
