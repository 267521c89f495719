import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { wxrDocument, wxrItem } from '@/lib/import/wxr/test-doc';

throwawayDatabase();
const { createUser } = await import('@/db/queries/users');
const { importWxr } = await import('./wxr-import');
const { importMt } = await import('./mt-import');
const { getDb } = await import('@/db');
const { formerWxrKeys } = await import('@/lib/import/former-keys');
const { parseWxr } = await import('@/lib/import/wxr/parse');

let actorId = 0;
const run = (doc: string, extra: { given?: string } = {}) =>
  importWxr(doc, { dryRun: false, actorId, language: 'ja', timeZone: 'UTC', ...extra });
const created = (report: ReturnType<typeof run>) =>
  report.posts.filter((p) => p.result === 'created');

beforeAll(() => {
  actorId = createUser({ email: 'o@example.org', name: 'O', role: 'owner', passwordHash: 'x' }).id;
});

describe('identity: (source site, post id, GUID), issue 22 item 2', () => {
  it('imports two posts sharing a GUID (theme unit test "Post Format" case), and again adds nothing', () => {
    const guid = 'http://wpthemetestdata.wordpress.com/?p=1000';
    const doc = wxrDocument(
      [
        wxrItem({ id: 1001, guid, title: 'Post Format: Image', content: '<p>An image post.</p>' }),
        wxrItem({ id: 1002, guid, title: 'Post Format: Video', content: '<p>A video post.</p>' }),
      ],
      { link: 'https://formats.example', language: 'en' },
    );
    const first = run(doc);
    expect(first.posts.map((p) => [p.title, p.result])).toEqual([
      ['Post Format: Image', 'created'],
      ['Post Format: Video', 'created'],
    ]);
    expect(created(run(doc))).toEqual([]);
  });

  it("a translated clone's posts with the original site's GUIDs and ids are new posts", () => {
    const items = (text: string) =>
      [1, 2].map((id) =>
        wxrItem({
          id,
          guid: `https://en.clone.example/?p=${id}`,
          title: `${text} ${id}`,
          content: `<p>${text}</p>`,
        }),
      );
    const en = wxrDocument(items('A walk along the river'), {
      link: 'https://en.clone.example',
      language: 'en',
    });
    const ja = wxrDocument(items('川沿いを散歩しました'), {
      link: 'https://ja.clone.example',
      language: 'ja',
    });
    expect(created(run(en))).toHaveLength(2);
    expect(created(run(ja)).map((p) => p.languages)).toEqual([['ja'], ['ja']]);
    expect(created(run(en))).toEqual([]);
    expect(created(run(ja))).toEqual([]);
  });

  it('MT entries with one basename and date but other titles are different posts; repeats by place', () => {
    const entry = (title: string) => `AUTHOR: a
TITLE: ${title}
BASENAME: entry
DATE: 03/01/2024 09:00:00 AM
-----
BODY:
${title} body.
-----
--------
`;
    const file = entry('Morning') + entry('Evening') + entry('Evening');
    const opts = { dryRun: false, actorId, language: 'en', timeZone: 'UTC' };
    const first = importMt(file, opts);
    expect(first.posts.map((p) => [p.title, p.result])).toEqual([
      ['Morning', 'created'],
      ['Evening', 'created'],
      ['Evening', 'created'],
    ]);
    expect(importMt(file, opts).posts.map((p) => p.result)).toEqual(Array(3).fill('duplicate'));
  });

  it('finds a post imported under the former GUID-only key again (no second copy on re-import)', () => {
    const item = { id: 7, guid: 'https://old-import.example/?p=7', title: 'Imported long ago' };
    const doc = wxrDocument([wxrItem({ ...item, content: '<p>Kept once.</p>' })], {
      link: 'https://old-import.example',
      language: 'en',
    });
    const [post] = created(run(doc));
    // As the earlier importer recorded it: the GUID alone.
    getDb()
      .$client.prepare(
        "UPDATE audit_log SET details = json_set(details, '$.key', ?) WHERE action = 'post.import' AND entity_id = ?",
      )
      .run(formerWxrKeys(parseWxr(doc, { timeZone: 'UTC' }).items)[0], post!.id);
    expect(created(run(doc))).toEqual([]);
  });

  it('never trusts a former key that repeats in the file', () => {
    const a = { id: '1', guid: 'https://same.example/?p=1', title: 'A' };
    const b = { id: '2', guid: 'https://same.example/?p=1', title: 'B' };
    expect(formerWxrKeys([a, b])).toEqual([undefined, undefined]);
    expect(formerWxrKeys([a])[0]).toMatch(/^wxr:[0-9a-f]{16}$/);
  });
});
