import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { createUser } = await import('@/db/queries/users');
const { listAdminPosts } = await import('@/db/queries/admin-posts');
const { runImportCli } = await import('./import-cli');

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

describe('npm run import -- wxr / mt --align', () => {
  it('wxr: the dry run saves nothing; the import creates the bilingual post and the page; again adds nothing', () => {
    const dry = cli(['wxr', 'e2e/fixtures/wxr-export.xml', '--dry-run', '--language', 'en']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Would create 2 posts, 5 comments, 1 categories.');
    expect(dry.out).toContain('skipped   line 154: item 4 has neither a title nor any content');
    expect(dry.out).toMatch(/dropped {3}line 165: attachment not imported.*"maple-bridge\.jpg"/);
    expect(listAdminPosts({}).total).toBe(0);

    const done = cli(['wxr', 'e2e/fixtures/wxr-export.xml', '--language', 'en']);
    expect(done.out).toMatch(
      /created {4}line 24 {2}autumn-leaves-tofukuji .*en\+ja, paired 3, confidence \d\.\d\d\)/,
    );
    expect(listAdminPosts({}).total).toBe(2);
    const again = cli(['wxr', 'e2e/fixtures/wxr-export.xml', '--json']);
    const report = JSON.parse(again.out) as { posts: Array<{ result: string }> };
    expect(report.posts.map((p) => p.result)).toEqual(['duplicate', 'duplicate']);
    expect(listAdminPosts({}).total).toBe(2);
  });

  it('mt --align reports per entry how many translations were paired and lists the unpaired entry', () => {
    const { code, out } = cli(['mt', 'e2e/fixtures/mt-bilingual.txt', '--align', '--dry-run']);
    expect(code).toBe(0);
    expect(out).toMatch(/line 1 .*en\+ja, paired 4, confidence [01]\.\d\d\)/);
    expect(out).toMatch(/line 36 .*en\+ja, paired 2, confidence [01]\.\d\d\)/);
    expect(out).toContain('unpaired  line 53: 今日の散歩 (kept in one language)');
  });

  it('--authors / --author: the dry run lists whose posts each author would become', () => {
    const file = 'e2e/fixtures/wxr-authors.xml';
    const owner = cli(['wxr', file, '--dry-run']);
    expect(owner.out).toContain('author    yuki (Yuki Tanaka), 1 post → the owner (you)');
    const create = cli(['wxr', file, '--dry-run', '--authors', 'create']);
    expect(create.out).toMatch(
      /author {4}yuki .* new disabled user yuki-[0-9a-f]{8}@import\.invalid/,
    );
    const back = cli(['wxr', file, '--dry-run', '--authors', 'create', '--author', 'yuki=owner']);
    expect(back.out).toContain('→ the owner (you)');
    expect(cli(['wxr', file, '--authors', 'everyone']).err).toBe(
      '--authors must be owner or create.',
    );
    expect(cli(['wxr', file, '--author', 'yuki']).err).toMatch(/--author takes LOGIN=owner/);
  });

  it('refuses what it cannot do, in words', () => {
    expect(cli(['wxr', 'e2e/fixtures/mt-export.txt']).err).toMatch(/not a WordPress export/);
    expect(cli(['wxr', 'e2e/fixtures/wxr-export.xml', '--align']).err).toMatch(/--align is for mt/);
    expect(cli(['wxr', 'e2e/fixtures/wxr-export.xml', '--align']).code).toBe(1);
  });

  it('plans in a worker thread by default, with the same report as planning in process', async () => {
    const args = ['mt', 'e2e/fixtures/mt-bilingual.txt', '--align', '--dry-run', '--json'];
    const out: string[] = [];
    const code = await runImportCli(args, { out: (l) => out.push(l), err: () => {} });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(JSON.parse(cli(args).out));
    const err: string[] = [];
    const wxr = ['wxr', 'e2e/fixtures/mt-export.txt'];
    expect(await runImportCli(wxr, { out: () => {}, err: (l) => err.push(l) })).toBe(1);
    expect(err.join('\n')).toMatch(/not a WordPress export/);
  }, 60_000);
});
