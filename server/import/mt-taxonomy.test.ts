import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { getDb } = await import('@/db');
const { categories, tags } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { getPostTaxonomy } = await import('@/db/queries/taxonomy');
const { importMt } = await import('./mt-import');

// Own fixture: every CATEGORY line, PRIMARY CATEGORY first, quoted multi-word tags, an entity and
// a decomposed (NFD) name that must be the same category as its composed form in the next entry.
const EXPORT = `AUTHOR: hanako
TITLE: 京都の秋
DATE: 11/18/2023 10:30:00 AM
STATUS: Publish
PRIMARY CATEGORY: 旅行
CATEGORY: 日記
CATEGORY: Cafe\u0301 &amp; Books
CATEGORY: 旅行
TAGS: 紅葉 "green tea" kyoto,autumn
-----
BODY:
紅葉を見に行きました。
-----
--------
AUTHOR: hanako
TITLE: はてなの記事
DATE: 11/19/2023 10:30:00 AM
STATUS: Publish
CATEGORY: Café & Books
TAGS: kyoto
-----
BODY:
はてなブログも MT 形式で書き出します。
-----
--------
`;

let actorId = 0;
beforeAll(() => {
  actorId = createUser({ email: 'm@example.org', name: 'M', role: 'owner', passwordHash: 'x' }).id;
});
const options = (dryRun: boolean) => ({ dryRun, actorId, language: 'ja', timeZone: 'Asia/Tokyo' });

describe('MT categories and tags', () => {
  it('the dry run lists each category and tag once as to be created', () => {
    const report = importMt(EXPORT, options(true));
    expect(report.categories.map((c) => [c.name, c.result])).toEqual([
      ['旅行', 'created'],
      ['日記', 'created'],
      ['Café & Books', 'created'],
    ]);
    expect(report.tags.map((t) => t.name)).toEqual(['紅葉', 'green tea', 'kyoto', 'autumn']);
    expect(getDb().select().from(categories).all()).toEqual([]);
  });

  it('imports every category (primary first) and every tag; names decoded and NFC; again adds nothing', () => {
    const report = importMt(EXPORT, options(false));
    const [autumn, hatena] = report.posts;
    expect(getPostTaxonomy(autumn!.id!).categories.map((c) => c.names.ja)).toEqual([
      '旅行',
      '日記',
      'Café & Books',
    ]);
    expect(getPostTaxonomy(autumn!.id!).tags.map((t) => t.names.ja)).toEqual([
      '紅葉',
      'green tea',
      'kyoto',
      'autumn',
    ]);
    expect(getPostTaxonomy(hatena!.id!).categories.map((c) => c.names.ja)).toEqual([
      'Café & Books',
    ]);
    expect(getDb().select().from(categories).all()).toHaveLength(3);
    expect(getDb().select().from(tags).all()).toHaveLength(4);
    const again = importMt(EXPORT, options(false));
    expect(again.posts.every((p) => p.result === 'duplicate')).toBe(true);
    expect(again.categories).toEqual([]);
    expect(getDb().select().from(categories).all()).toHaveLength(3);
    expect(getDb().select().from(tags).all()).toHaveLength(4);
  });
});
