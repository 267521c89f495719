import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { scriptFits } from '@/lib/import/item-language';
import { wxrDocument, wxrItem } from '@/lib/import/wxr/test-doc';

throwawayDatabase();
const { getDb } = await import('@/db');
const { blocks, blockTexts, categories, postTranslations } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { importWxr } = await import('./wxr-import');

let actorId = 0;
const run = (doc: string, given?: string) =>
  importWxr(doc, { dryRun: false, actorId, language: 'ja', timeZone: 'UTC', given });

beforeAll(() => {
  actorId = createUser({ email: 'o@example.org', name: 'O', role: 'owner', passwordHash: 'x' }).id;
});

/** Stored block texts of these posts, each with its language. */
function storedTexts(postIds: number[]) {
  return getDb()
    .select({ postId: blocks.postId, language: blockTexts.language, text: blockTexts.text })
    .from(blockTexts)
    .innerJoin(blocks, eq(blocks.id, blockTexts.blockId))
    .all()
    .filter((r) => postIds.includes(r.postId));
}
const ids = (report: ReturnType<typeof run>) => report.posts.map((p) => p.id!);

const EN = [
  'The ferry to the island left at seven in the morning.',
  'The wind was strong, and the crossing took two hours.',
  'Passengers were given blankets and hot tea on the deck.',
  'The harbour master said the service would run again on Friday.',
  'Local shops stayed open late for the travellers.',
];
const JA = [
  '島へのフェリーは朝7時に出発した。',
  '風が強く、渡るのに2時間かかった。',
  '港長によると、金曜日に運航を再開するという。',
];

describe('languages of an export (issue 22 items 3, 4)', () => {
  it("an English WXR's posts are English, not the blog's default Japanese; --language overrides", () => {
    const doc = (n: number) =>
      wxrDocument([wxrItem({ id: n, title: 'Ferry', content: `<p>${EN[0]}</p>` })], {
        link: `https://en${n}.example`,
        language: 'en-US',
      });
    expect(run(doc(1)).posts[0]?.languages).toEqual(['en']);
    expect(run(doc(2), 'ja').posts[0]?.languages).toEqual(['ja']);
  });

  it('with no language anywhere, the script decides each post', () => {
    const doc = wxrDocument([
      wxrItem({ id: 1, title: 'Ferry', content: `<p>${EN[1]}</p>` }),
      wxrItem({ id: 2, title: 'フェリー', content: `<p>${JA[1]}</p>` }),
    ]);
    expect(run(doc).posts.map((p) => p.languages)).toEqual([['en'], ['ja']]);
  });

  it('a Polylang pair with different block counts never stores a text under the other language', () => {
    const pair = (en: string[], ja: string[], id: number) => [
      wxrItem({
        id,
        title: 'The ferry',
        content: en.map((p) => `<p>${p}</p>`).join('\n'),
        language: 'en',
        group: `g${id}`,
      }),
      wxrItem({
        id: id + 1,
        title: 'フェリー',
        content: ja.map((p) => `<p>${p}</p>`).join('\n'),
        language: 'ja',
        group: `g${id}`,
        dateGmt: '2024-01-16 10:00:00',
      }),
    ];
    // Translated out of order with an untranslated extra: the aligner cannot place everything.
    const extra = [...JA, '（訳注：この記事は旅行者のために書かれた。）'].reverse();
    const report = run(
      wxrDocument([...pair(EN, JA, 10), ...pair(EN.slice(0, 2), extra, 20)], {
        link: 'https://pl.example',
      }),
    );
    const texts = storedTexts(ids(report));
    expect(texts.filter((t) => !scriptFits(t.text, t.language))).toEqual([]);
    // Every paragraph of both posts arrived somewhere.
    for (const p of [...EN, ...JA]) expect(texts.map((t) => t.text)).toContain(p);
    // Each pair is listed with its confidence, or as imported apart.
    const paired = report.posts.filter((p) => p.languages.length === 2);
    for (const p of paired) expect(p.confidence).toBeGreaterThanOrEqual(0);
    expect(paired.length + report.unpaired.length).toBe(2);
  });
});

describe('decoded titles and names (issue 22 item 6)', () => {
  it('titles and categories lose their entities once; one NFC category for names typed two ways', () => {
    const cat = (name: string) =>
      `<category domain="category" nicename="guide"><![CDATA[${name}]]></category>`;
    const doc = wxrDocument(
      [
        wxrItem({
          id: 1,
          title: 'Tom &amp; Jerry&#039;s &amp;amp; cafe',
          content: `<p>${EN[0]}</p>`,
          extra: cat('カ\u3099イド &amp; 旅'),
        }),
        wxrItem({
          id: 2,
          title: 'Second',
          content: `<p>${EN[1]}</p>`,
          extra: cat('ガイド &amp; 旅'),
        }),
      ],
      { link: 'https://decode.example', language: 'en' },
    );
    const report = run(doc);
    expect(report.posts[0]?.title).toBe("Tom & Jerry's &amp; cafe");
    const stored = getDb()
      .select()
      .from(postTranslations)
      .where(eq(postTranslations.postId, report.posts[0]!.id!))
      .get();
    expect(stored?.title).toBe("Tom & Jerry's &amp; cafe");
    expect(report.categories.map((c) => c.name)).toEqual(['ガイド & 旅']);
    expect(
      getDb()
        .select()
        .from(categories)
        .all()
        .filter((c) => c.slug.length > 0),
    ).toHaveLength(1);
  });
});

describe('dates without GMT (issue 22 item 9)', () => {
  it("says a draft's date was read in the blog's time zone", () => {
    const doc = wxrDocument(
      [
        wxrItem({
          id: 5,
          title: 'Draft',
          status: 'draft',
          content: `<p>${EN[2]}</p>`,
          dateGmt: '0000-00-00 00:00:00',
        }),
      ],
      { link: 'https://drafts.example' },
    );
    const report = run(doc);
    expect(report.warnings.map((w) => w.message)).toContain(
      "no GMT date (wp:post_date_gmt): the date was read in the blog's time zone, UTC",
    );
  });
});
