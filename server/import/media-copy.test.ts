import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { startOldSite, type OldSite } from './media-copy-origin.test-helper';

throwawayDatabase();
const { getDb } = await import('@/db');
const { blocks, media, posts } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { createUser } = await import('@/db/queries/users');
const { importMt } = await import('./mt-import');
const { runImport, runImportYielding } = await import('./run-import');
const { withMediaCopy } = await import('./media-copy');
const { mediaDir } = await import('@/server/media');

let site: OldSite;
let actorId = 0;
beforeAll(async () => {
  site = await startOldSite();
  actorId = createUser({ email: 'o@example.org', name: 'O', role: 'owner', passwordHash: 'x' }).id;
});
afterAll(() => site.close());

const entry = (title: string, images: string[]) => `AUTHOR: taro
TITLE: ${title}
DATE: 01/15/2024 10:00:00 AM
STATUS: Publish
-----
BODY:
<p>Text of ${title}.</p>
${images.map((src) => `<p><img src="${src}" alt="picture"></p>`).join('\n')}
-----
--------
`;
const options = (dryRun: boolean) => ({ dryRun, actorId, language: 'en', timeZone: 'UTC' });
const run = withMediaCopy(runImport, { allowPrivate: true, timeoutMs: 500, maxBytes: 200_000 });
const imageSrcs = (slug: string) => {
  const post = getDb().select().from(posts).where(eq(posts.slug, slug)).get()!;
  return getDb()
    .select({ src: blocks.src })
    .from(blocks)
    .where(eq(blocks.postId, post.id))
    .orderBy(blocks.position)
    .all()
    .flatMap((b) => (b.src ? [b.src] : []));
};

describe('copying media during an import', () => {
  it('a dry run counts the files and downloads nothing', async () => {
    const text = entry('Dry', [site.url('/img/dry.png'), site.url('/img/dry.png')]);
    const report = await importMt(text, options(true), run);
    expect(report.media).toEqual({
      found: 1,
      copied: 0,
      reused: 0,
      failed: [],
      maxBytes: expect.any(Number),
    });
    expect(site.hits.get('/img/dry.png')).toBeUndefined();
    expect(report.posts).toHaveLength(1);
  });

  it('stores each file once, re-encoded, points the blocks at it and lists what failed', async () => {
    const shared = site.url('/img/shared.png');
    const text =
      entry('First', [shared, site.url('/polyglot.png'), site.url('/missing.png')]) +
      entry('Second', [
        shared,
        site.url('/photo.jpg'),
        site.url('/page.png'),
        site.url('/endless.png'),
        site.url('/slow.png'),
      ]);
    const report = await importMt(text, options(false), run);
    expect(report.posts.map((p) => p.result)).toEqual(['created', 'created']);
    expect(site.hits.get('/img/shared.png')).toBe(1);
    expect(report.media).toMatchObject({ found: 7, copied: 3, reused: 0 });
    expect(report.media!.failed).toEqual([
      { url: site.url('/missing.png'), line: 1, reason: 'httpStatus', status: 404 },
      { url: site.url('/page.png'), line: 13, reason: 'notImage' },
      { url: site.url('/endless.png'), line: 13, reason: 'tooLarge' },
      { url: site.url('/slow.png'), line: 13, reason: 'timeout' },
    ]);

    const [first, second] = [imageSrcs('first'), imageSrcs('second')];
    expect(first[0]).toMatch(/^\/media\/[a-f0-9]{32}\.png$/);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toMatch(/^\/media\/[a-f0-9]{32}\.jpg$/);
    expect(first[2]).toBe(site.url('/missing.png'));
    expect(second.slice(2)).toEqual(['/page.png', '/endless.png', '/slow.png'].map(site.url));

    // What is stored is the image alone: the HTML after the polyglot's pixels is gone.
    const polyglot = readFileSync(path.join(mediaDir(), first[1]!.slice('/media/'.length)));
    expect(polyglot.includes('<script>')).toBe(false);
    expect((await sharp(polyglot).metadata()).format).toBe('png');
    const rows = getDb().select().from(media).all();
    expect(rows.map((r) => r.contentType).sort()).toEqual(['image/jpeg', 'image/png', 'image/png']);
    for (const row of rows) expect(existsSync(path.join(mediaDir(), row.fileName))).toBe(true);
  });

  it('a later import reuses files copied before instead of downloading them again', async () => {
    const shared = site.url('/img/shared.png');
    const text = entry('Third', [shared]);
    const report = await importMt(
      text,
      options(false),
      withMediaCopy(runImportYielding, {
        allowPrivate: true,
      }),
    );
    expect(report.media).toEqual({
      found: 1,
      copied: 0,
      reused: 1,
      failed: [],
      maxBytes: expect.any(Number),
    });
    expect(site.hits.get('/img/shared.png')).toBe(1);
    expect(imageSrcs('third')[0]).toBe(imageSrcs('first')[0]);
    // Posts imported before are duplicates: their files are not even looked at.
    const again = await importMt(entry('First', [site.url('/img/never.png')]), options(false), run);
    expect(again.posts[0]!.result).toBe('duplicate');
    expect(again.media).toEqual({
      found: 0,
      copied: 0,
      reused: 0,
      failed: [],
      maxBytes: expect.any(Number),
    });
  });

  it('keeps the old address of a file this machine may not fetch, by default', async () => {
    const refused = site.url('/img/local.png');
    const report = await importMt(
      entry('Local', [refused]),
      options(false),
      withMediaCopy(runImport, {
        allowPrivate: false,
      }),
    );
    expect(report.media!.failed).toEqual([{ url: refused, line: 1, reason: 'refusedAddress' }]);
    expect(site.hits.get('/img/local.png')).toBeUndefined();
    expect(imageSrcs('local')).toEqual([refused]);
  });

  it('reports the same posts, warnings and errors as the import without media', async () => {
    const text =
      entry('Plain', []) + 'TITLE: \n-----\nBODY:\n\n-----\n--------\n' + entry('Plain', []);
    const plain = importMt(text, options(true));
    const { media: copied, ...withMedia } = await importMt(text, options(true), run);
    expect(withMedia).toEqual(plain);
    expect(copied?.found).toBe(0);
  });
});

describe('an export naming more files than one import copies', () => {
  it('downloads up to the limit and lists the rest with their old addresses', async () => {
    const capped = withMediaCopy(runImport, { allowPrivate: true, timeoutMs: 500, maxFiles: 2 });
    const urls = ['/img/cap-1.png', '/img/cap-2.png', '/img/cap-3.png', '/img/cap-4.png'];
    const report = await importMt(entry('Capped', urls.map(site.url)), options(false), capped);
    expect(report.media).toMatchObject({ found: 4, copied: 2 });
    expect(report.media?.failed).toEqual(
      urls.slice(2).map((u) => ({ url: site.url(u), line: 1, reason: 'overImportLimit' })),
    );
    expect(urls.map((u) => site.hits.get(u) ?? 0)).toEqual([1, 1, 0, 0]);
    expect(imageSrcs('capped').slice(2)).toEqual(urls.slice(2).map(site.url));
  });
});
