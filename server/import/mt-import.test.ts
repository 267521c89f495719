import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { getDb } = await import('@/db');
const { comments, posts } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { importMt } = await import('./mt-import');
const { getAdminPost } = await import('@/db/queries/admin-posts');
const { readFileSync } = await import('node:fs');

// The outside tester's sample (F7): a rule in the body, header-like comment lines, tags, keywords, a ping.
const EXPORT = `AUTHOR: taro
TITLE: First entry
DATE: 01/15/2024 10:00:00 AM
STATUS: Publish
TAGS: "kamakura" "books" SECRET_TAG_TEXT
-----
BODY:
Paragraph one ALPHA.

--------
Paragraph after divider BRAVO.
-----
EXTENDED BODY:
Extended CHARLIE.
-----
KEYWORDS:
keywords ECHO FOXTROT
-----
COMMENT:
AUTHOR: hanako
DATE: 01/16/2024 09:00:00 AM
URL: GOLF this line is the comment's first line of text
IP: HOTEL second line
Rest of comment INDIA.
-----
PING:
TITLE: trackback JULIET
Excerpt of ping LIMA.
-----
--------
`;

let actorId = 0;
beforeAll(() => {
  actorId = createUser({
    email: 'owner@example.org',
    name: 'Owner',
    role: 'owner',
    passwordHash: 'x',
  }).id;
});

describe('importMt keeps or reports every piece of text', () => {
  const options = (dryRun: boolean) => ({
    dryRun,
    actorId,
    language: 'en',
    timeZone: 'Asia/Tokyo',
  });

  it('the dry run proposes the tags and lists keywords and the ping by line', () => {
    const report = importMt(EXPORT, options(true));
    expect(report.errors).toEqual([]);
    expect(report.tags.map((t) => [t.name, t.result])).toEqual([
      ['kamakura', 'created'],
      ['books', 'created'],
      ['SECRET_TAG_TEXT', 'created'],
    ]);
    expect(report.dropped).toEqual([
      { line: 17, element: 'KEYWORDS', reason: 'notImported', excerpt: 'keywords ECHO FOXTROT' },
      {
        line: 27,
        element: 'PING',
        reason: 'notImported',
        excerpt: 'TITLE: trackback JULIET Excerpt of ping LIMA.',
      },
    ]);
  });

  it('the import keeps the body past the rule, the extended body and the comment text', () => {
    const report = importMt(EXPORT, options(false));
    expect(report.posts.map((p) => p.result)).toEqual(['created']);
    const id = getDb().select().from(posts).all()[0]!.id;
    const texts = getAdminPost({ id })!
      .blocks.map((b) => b.texts.en)
      .join('\n');
    for (const word of ['ALPHA', 'BRAVO', 'CHARLIE']) expect(texts).toContain(word);
    const body = getDb().select().from(comments).all()[0]!.body;
    expect(body).toBe(
      "URL: GOLF this line is the comment's first line of text\nIP: HOTEL second line\nRest of comment INDIA.",
    );
  });
});

describe('importMt --align: bilingual Seesaa entries become bilingual posts', () => {
  const BILINGUAL = readFileSync('e2e/fixtures/mt-bilingual.txt', 'utf8');
  const options = (align: boolean) => ({
    dryRun: false,
    actorId,
    language: 'ja',
    timeZone: 'Asia/Tokyo',
    align,
  });

  it('pairs the translations in each entry, says how many, and lists the entry it could not pair', () => {
    const report = importMt(BILINGUAL, options(true));
    expect(report.posts.map((p) => [p.title, p.languages, p.paired])).toEqual([
      ['Russia and US holding secret talks in Ankara', ['en', 'ja'], 4],
      ['Washington reveals details of US-Russia talks', ['en', 'ja'], 2],
      ['今日の散歩', ['ja'], 0],
    ]);
    expect(report.unpaired).toEqual([{ line: 53, title: '今日の散歩' }]);
    const ankara = getAdminPost({ id: report.posts[0]!.id! })!;
    expect(ankara.originalLanguage).toBe('en');
    const peskov = ankara.blocks.find((b) => b.texts.en?.startsWith('When asked about'));
    expect(peskov?.texts.ja).toBe(
      'クレムリンのペスコフ報道官は、会談について問われ「確認も否定もできない」と述べた。',
    );
    // Nothing lost: every line of the body is in some block, in one language or the other.
    const stored = ankara.blocks.flatMap((b) => [b.texts.en, b.texts.ja]);
    const body = BILINGUAL.split('BODY:\n')[1]!.split('\n-----')[0]!;
    for (const line of body
      .split('\n')
      .map((l) => l.replace('<br />', '').trim())
      .filter(Boolean))
      expect(stored).toContain(line);
    // The walk entry kept its one language, untouched.
    const walk = getAdminPost({ id: report.posts[2]!.id! })!;
    expect(walk.blocks.map((b) => b.texts.ja)).toEqual([
      // The <br> is a Markdown hard break: it still shows as a line break.
      '今日は近所の公園まで歩きました。\\\n銀杏が黄色くなっていました。',
    ]);
  });

  it('without --align the same entries stay in the language given (--language)', () => {
    const report = importMt(BILINGUAL.replaceAll('BASENAME: 2023/11/', 'BASENAME: plain/'), {
      ...options(false),
      given: 'ja',
    });
    expect(report.posts.map((p) => [p.languages, p.paired])).toEqual([
      [['ja'], undefined],
      [['ja'], undefined],
      [['ja'], undefined],
    ]);
    expect(report.unpaired).toEqual([]);
  });
});
