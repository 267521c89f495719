import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { wxrDocument } from '@/lib/import/wxr/test-doc';
import type { ImportLine } from './import-stream';

throwawayDatabase();
const { createUser } = await import('@/db/queries/users');
const { importMt } = await import('./mt-import');
const { importWxr } = await import('./wxr-import');
const { deferred, streamImport } = await import('./import-stream');

const entry = (n: number) =>
  `AUTHOR: taro\nTITLE: Streamed ${n}\nDATE: 01/15/2024 10:00:00 AM\nSTATUS: Publish\n-----\nBODY:\nText ${n}.\n-----\n--------\n`;
const EXPORT = Array.from({ length: 23 }, (_, n) => entry(n)).join('');

let actorId = 0;
beforeAll(() => {
  actorId = createUser({ email: 's@example.org', name: 'S', role: 'owner', passwordHash: 'x' }).id;
});
const options = (dryRun: boolean) => ({ dryRun, actorId, language: 'en', timeZone: 'UTC' });

async function linesOf(stream: ReadableStream<Uint8Array>): Promise<ImportLine[]> {
  const text = await new Response(stream).text();
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ImportLine);
}

describe('the streamed import', () => {
  it('counts entries as they are written, then sends the report', async () => {
    const seen: number[] = [];
    const pending = importMt(EXPORT, options(false), deferred);
    const lines = await linesOf(streamImport(pending, (r) => seen.push(r.posts.length)));
    const counts = lines.flatMap((l) => ('progress' in l ? [l.progress] : []));
    expect(counts).toEqual([0, 10, 20, 23].map((done) => ({ done, total: 23 })));
    const last = lines.at(-1)!;
    expect(
      'ok' in last && last.ok && last.data.posts.filter((p) => p.result === 'created'),
    ).toHaveLength(23);
    expect(seen).toEqual([23]);
  });

  it('a follow-up that fails does not turn a finished import into an error', async () => {
    const pending = importMt(entry(99), options(true), deferred);
    const lines = await linesOf(
      streamImport(pending, () => {
        throw new Error('cache unavailable');
      }),
    );
    expect(lines.at(-1)).toMatchObject({ ok: true });
  });
});

describe('a client that goes away mid-import', () => {
  it('the import still runs to its end and its follow-up runs', async () => {
    const many = Array.from({ length: 23 }, (_, n) => entry(100 + n)).join('');
    const pending = importMt(many, options(false), deferred);
    let finished: Promise<number> | null = null;
    const done = new Promise<number>((resolve) => {
      const stream = streamImport(pending, (r) =>
        resolve(r.posts.filter((p) => p.result === 'created').length),
      );
      const reader = stream.getReader();
      // The first progress line arrives, then the page is closed.
      finished = reader
        .read()
        .then(() => reader.cancel())
        .then(() => -1);
    });
    await finished;
    expect(await done).toBe(23);
  });
});

describe('a file with nothing to import says why', () => {
  it('a WXR without <item>', () => {
    expect(importWxr(wxrDocument([]), options(true)).empty).toEqual({
      reason: 'noItems',
      total: 0,
    });
  });

  it('a WXR whose items are all attachments', () => {
    const attachment = `<item><title>x.png</title><wp:post_id>5</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status></item>`;
    const report = importWxr(wxrDocument([attachment]), options(true));
    expect(report.empty).toEqual({ reason: 'noPosts', total: 1 });
    expect(report.dropped).toHaveLength(1);
  });

  it('a text that is no MT export, and an empty one', () => {
    expect(importMt('just some notes\nno entries here\n', options(true)).empty).toEqual({
      reason: 'noEntries',
      total: 0,
    });
    expect(importMt('', options(true)).empty?.reason).toBe('noEntries');
    expect(importMt(EXPORT, options(true)).empty).toBeUndefined();
  });
});
