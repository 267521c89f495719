import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { wxrDocument, wxrItem } from '@/lib/import/wxr/test-doc';

throwawayDatabase();
const { getDb } = await import('@/db');
const { blocks, blockTexts, comments, posts, postTranslations } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { importWxr } = await import('./wxr-import');

const FIXTURE = readFileSync('e2e/fixtures/wxr-export.xml', 'utf8');
let actorId = 0;
const options = (dryRun: boolean) => ({ dryRun, actorId, language: 'en', timeZone: 'Asia/Tokyo' });

function textsOf(postId: number) {
  return getDb()
    .select({ position: blocks.position, language: blockTexts.language, text: blockTexts.text })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .where(eq(blocks.postId, postId))
    .orderBy(blocks.position, blockTexts.language)
    .all();
}

beforeAll(() => {
  actorId = createUser({
    email: 'owner@example.org',
    name: 'Owner',
    role: 'owner',
    passwordHash: 'x',
  }).id;
});

describe('importWxr', () => {
  it('the dry run reports the pair, the page and the broken item, and writes nothing', () => {
    const report = importWxr(FIXTURE, options(true));
    expect(report.posts.map((p) => [p.title, p.result, p.languages, p.paired])).toEqual([
      ['Autumn leaves at Tofuku-ji', 'created', ['en', 'ja'], 3],
      ['About this blog', 'created', ['en'], undefined],
    ]);
    expect(report.errors).toEqual([
      { line: 154, message: 'item 4 has neither a title nor any content' },
    ]);
    expect(report.comments).toBe(5);
    expect(getDb().select().from(posts).all()).toEqual([]);
  });

  it('imports one bilingual post with both threads, the page as a post, and nothing the second time', () => {
    const report = importWxr(FIXTURE, options(false));
    const autumn = getDb()
      .select()
      .from(posts)
      .where(eq(posts.slug, 'autumn-leaves-tofukuji'))
      .get()!;
    expect(report.posts[0]).toMatchObject({ id: autumn.id, slug: 'autumn-leaves-tofukuji' });
    expect(textsOf(autumn.id).filter((t) => t.position === 0)).toEqual([
      {
        position: 0,
        language: 'en',
        text: 'The maples at Tofuku-ji turn red in the third week of November.',
      },
      { position: 0, language: 'ja', text: '東福寺のもみじは11月の第3週に赤くなります。' },
    ]);
    const titles = getDb()
      .select()
      .from(postTranslations)
      .where(eq(postTranslations.postId, autumn.id))
      .all();
    expect(titles.map((t) => [t.language, t.title, t.excerpt])).toEqual([
      ['en', 'Autumn leaves at Tofuku-ji', 'Red maples in southern Kyoto.'],
      ['ja', '東福寺の紅葉', null],
    ]);
    const thread = getDb()
      .select()
      .from(comments)
      .where(eq(comments.postId, autumn.id))
      .orderBy(comments.id)
      .all();
    const id = (body: string) => thread.find((c) => c.body === body)?.id;
    expect(thread.map((c) => [c.body, c.parentId, c.status, c.language])).toEqual([
      ['Were the leaves already red?', null, 'approved', 'en'],
      ['Yes, most of them!', id('Were the leaves already red?'), 'approved', 'en'],
      ['Thanks, going tomorrow.', id('Yes, most of them!'), 'pending', 'en'],
      ['Buy now', null, 'spam', 'en'],
      ['きれいですね。', null, 'approved', 'ja'],
    ]);
    expect(getDb().select().from(posts).where(eq(posts.slug, 'about')).get()).toMatchObject({
      status: 'published',
      commentsOpen: false,
    });

    const again = importWxr(FIXTURE, options(false));
    expect(again.posts.map((p) => [p.result, p.id])).toEqual([
      ['duplicate', autumn.id],
      ['duplicate', expect.any(Number)],
    ]);
    expect(getDb().select().from(posts).all()).toHaveLength(2);
    expect(getDb().select().from(comments).all()).toHaveLength(5);
  });

  it('a pair the aligner cannot join comes in as two posts, listed as unpaired', () => {
    const doc = wxrDocument([
      wxrItem({
        id: 31,
        title: 'Numbers',
        content: '<p>1 2 3</p><p>4 5 6</p>',
        language: 'en',
        group: 'pll_n',
        dateGmt: '2024-05-01 00:00:00',
      }),
      wxrItem({
        id: 32,
        title: '数',
        content: '<p>七</p>',
        language: 'ja',
        group: 'pll_n',
        dateGmt: '2024-05-02 00:00:00',
      }),
    ]);
    const report = importWxr(doc, options(false));
    expect(report.posts.map((p) => [p.title, p.languages])).toEqual([
      ['Numbers', ['en']],
      ['数', ['ja']],
    ]);
    expect(report.unpaired).toEqual([{ line: expect.any(Number), title: 'Numbers' }]);
    expect(report.warnings[0]?.message).toMatch(
      /could not align the translation .* imported apart/,
    );
  });

  it('warns when a post is in a language the blog does not offer', () => {
    const doc = wxrDocument([
      wxrItem({ id: 41, title: 'Bonjour', content: '<p>Salut.</p>', language: 'fr' }),
    ]);
    const report = importWxr(doc, options(true));
    expect(report.posts[0]?.languages).toEqual(['fr']);
    expect(report.warnings.map((w) => w.message)).toContain(
      "fr is not one of the blog's languages (ja, en): add it in Settings so readers can choose it",
    );
  });
});
