import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { getDb } = await import('@/db');
const { comments, posts } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { importMt } = await import('./mt-import');
const { getAdminPost } = await import('@/db/queries/admin-posts');

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

  it('the dry run lists tags, keywords and the ping by line', () => {
    const report = importMt(EXPORT, options(true));
    expect(report.errors).toEqual([]);
    expect(report.dropped).toEqual([
      {
        line: 5,
        element: 'TAGS',
        reason: 'notImported',
        excerpt: '"kamakura" "books" SECRET_TAG_TEXT',
      },
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
