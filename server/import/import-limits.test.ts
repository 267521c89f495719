import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { wxrDocument, wxrItem } from '@/lib/import/wxr/test-doc';
import { BLOCKS_MAX } from '@/lib/model';

throwawayDatabase();
const { getDb } = await import('@/db');
const { comments, posts } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { saveSettings } = await import('@/db/queries/settings');
const { importWxr } = await import('./wxr-import');
const { importMt } = await import('./mt-import');

let actorId = 0;
const options = () => ({ dryRun: false, actorId, language: 'en', timeZone: 'UTC' });

beforeAll(() => {
  actorId = createUser({ email: 'o@example.org', name: 'O', role: 'owner', passwordHash: 'x' }).id;
  saveSettings({ threadDepth: 3 });
});

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>Line ${i}.</p>`).join('');

/** A WXR comment replying to `parent` (0: top level). */
const wxrComment = (id: number, parent: number) => `
    <wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>Reader ${id}</wp:comment_author>
    <wp:comment_author_email>r${id}@example.org</wp:comment_author_email>
    <wp:comment_date_gmt>2024-01-16 00:00:00</wp:comment_date_gmt>
    <wp:comment_content>Reply ${id}</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
    <wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;

describe('imports obey the editor and thread limits', () => {
  it('refuses a WXR item over the block limit with its line, and imports the others', () => {
    const doc = wxrDocument([
      wxrItem({ id: 1, title: 'Fine', content: paragraphs(3) }),
      wxrItem({ id: 2, title: 'Too long', content: paragraphs(BLOCKS_MAX + 1) }),
    ]);
    const report = importWxr(doc, options());
    expect(report.posts.map((p) => p.title)).toEqual(['Fine']);
    expect(report.errors).toEqual([
      { line: expect.any(Number), message: expect.stringContaining(`at most ${BLOCKS_MAX}`) },
    ]);
    expect(doc.split('\n')[report.errors[0]!.line - 1]).toContain('<item>');
    expect(getDb().select().from(posts).all()).toHaveLength(1);
  });

  it('refuses an MT entry over the block limit with its line', () => {
    const body = Array.from({ length: BLOCKS_MAX + 1 }, (_, i) => `Line ${i}.`).join('\n\n');
    const doc = `TITLE: Huge\nDATE: 01/15/2024 10:00:00 AM\nSTATUS: Publish\n-----\nBODY:\n${body}\n-----\n--------\n`;
    const report = importMt(doc, { ...options(), align: false });
    expect(report.posts).toEqual([]);
    expect(report.errors).toEqual([
      { line: 1, message: expect.stringContaining(`at most ${BLOCKS_MAX}`) },
    ]);
  });

  it('places a reply chain deeper than the thread depth under the deepest allowed ancestor', () => {
    const chain = Array.from({ length: 50 }, (_, i) => wxrComment(100 + i, i ? 99 + i : 0));
    const doc = wxrDocument([
      wxrItem({ id: 3, title: 'Deep thread', content: '<p>Text.</p>', extra: chain.join('') }),
    ]);
    const [created] = importWxr(doc, options()).posts;
    const rows = getDb()
      .select()
      .from(comments)
      .where(eq(comments.postId, created!.id!))
      .orderBy(comments.id)
      .all();
    expect(rows).toHaveLength(50);
    const [first, second, third] = rows;
    expect([first!.parentId, second!.parentId, third!.parentId]).toEqual([
      null,
      first!.id,
      second!.id,
    ]);
    // Replies to the third (depth 3, the limit) and below all sit beside it, under the second.
    expect(new Set(rows.slice(2).map((r) => r.parentId))).toEqual(new Set([second!.id]));
  });
});
