import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { auditLog, blocks, blockTexts, revisions, suggestions, users } = await import('@/db/schema');
const { and, desc, eq } = await import('drizzle-orm');
const { savePost } = await import('./post-editor');
const { getPostBySlug } = await import('./posts');
const { getRevision } = await import('./revisions');
const { acceptSuggestion, dismissSuggestion, suggestionPostTrashed } =
  await import('./suggestion-changes');
const { changePosts } = await import('./post-trash');
const { countSuggestionsByStatus, listSuggestions } = await import('./suggestion-moderation');

let actorId = 0;
const ownerId = () => getDb().select().from(users).where(eq(users.role, 'owner')).get()!.id;
let postId = 0;
let blockId = 0;

function suggest(body: string, values: Partial<typeof suggestions.$inferInsert> = {}) {
  return getDb()
    .insert(suggestions)
    .values({
      postId,
      blockId,
      language: 'ja',
      body,
      originalText: 'The library opens at night.',
      authorName: 'Hanako',
      authorEmail: 'hanako@example.com',
      ...values,
    })
    .returning()
    .get();
}
const statusOf = (id: number) =>
  getDb().select().from(suggestions).where(eq(suggestions.id, id)).get()!.status;
const lastAudit = () => getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()!;

beforeAll(async () => {
  await seedDemo();
  actorId = getDb().select().from(users).where(eq(users.role, 'moderator')).get()!.id;
  postId = savePost(
    {
      slug: 'suggest-accept',
      status: 'published',
      publishedAt: new Date(Date.now() - 60_000),
      originalLanguage: 'en',
      categoryId: null,
      commentsOpen: true,
      translations: { en: { title: 'Night', excerpt: null }, ja: { title: '夜', excerpt: null } },
      blocks: [
        { kind: 'paragraph', texts: { en: 'The library opens at night.', ja: null } },
        { kind: 'paragraph', texts: { en: 'Readers come.', ja: '読者が来る。' } },
      ],
    },
    { actorId },
  );
  blockId = getDb().select().from(blocks).where(eq(blocks.postId, postId)).all()[0]!.id;
});

describe('accepting a suggestion', () => {
  it('writes the translation with its source and credit, a revision and an audit row', () => {
    const mine = suggest('夜に図書館が開く。');
    const other = suggest('図書館は夜に開きます。', { authorName: 'Taro' });
    const before = getDb().select().from(revisions).where(eq(revisions.postId, postId)).all();
    expect(acceptSuggestion({ id: mine.id, text: '夜、図書館が開く。', actorId })).toEqual({
      id: mine.id,
      slug: 'suggest-accept',
    });
    const row = getDb()
      .select()
      .from(blockTexts)
      .where(and(eq(blockTexts.blockId, blockId), eq(blockTexts.language, 'ja')))
      .get();
    expect(row).toMatchObject({
      text: '夜、図書館が開く。',
      sourceText: 'The library opens at night.',
      creditName: 'Hanako',
    });
    expect(statusOf(mine.id)).toBe('accepted');
    expect(statusOf(other.id)).toBe('pending');
    expect(lastAudit()).toMatchObject({
      actorId,
      action: 'suggestion.accept',
      entity: 'suggestion',
      entityId: mine.id,
      details: { blockId, language: 'ja', edited: true },
    });
    const after = getDb().select().from(revisions).where(eq(revisions.postId, postId)).all();
    expect(after.length).toBe(before.length + 1);
    const revision = getRevision({ id: after.at(-1)!.id, postId })!;
    expect(revision.post?.blocks.map((b) => b.texts.ja)).toEqual([
      '夜、図書館が開く。',
      '読者が来る。',
    ]);
    expect(revision.post?.slug).toBe('suggest-accept');
  });

  it('shows the credit in the reading query, with no email anywhere in it', () => {
    const post = getPostBySlug({ slug: 'suggest-accept' })!;
    expect(post.blocks[0]).toMatchObject({
      texts: { ja: '夜、図書館が開く。' },
      credits: { ja: 'Hanako' },
    });
    expect(post.blocks[1]!.credits).toEqual({});
    expect(JSON.stringify(post)).not.toContain('hanako@example.com');
  });

  it('replaces an existing translation and its credit when a later suggestion is accepted', () => {
    const next = suggest('図書館は夜に開く。', { authorName: 'Jiro' });
    acceptSuggestion({ id: next.id, text: '図書館は夜に開く。', actorId });
    expect(getPostBySlug({ slug: 'suggest-accept' })!.blocks[0]).toMatchObject({
      texts: { ja: '図書館は夜に開く。' },
      credits: { ja: 'Jiro' },
    });
    expect(lastAudit().details).toMatchObject({ edited: false });
  });

  it('does nothing for a suggestion already handled or whose block is gone', () => {
    const handled = suggest('一度だけ');
    expect(dismissSuggestion({ id: handled.id, status: 'rejected', actorId })).not.toBeNull();
    expect(acceptSuggestion({ id: handled.id, text: '一度だけ', actorId })).toBeNull();
    const orphan = suggest('孤児', { blockId: null });
    expect(acceptSuggestion({ id: orphan.id, text: '孤児', actorId })).toBeNull();
    expect(statusOf(orphan.id)).toBe('pending');
    // It can still be rejected, so it does not wait in the queue for ever.
    expect(dismissSuggestion({ id: orphan.id, status: 'rejected', actorId })).not.toBeNull();
  });
});

describe('rejecting and the queue', () => {
  it('rejects or marks spam, audited, and never touches the post', () => {
    const before = JSON.stringify(getPostBySlug({ slug: 'suggest-accept' })!.blocks);
    const bad = suggest('だめな訳');
    dismissSuggestion({ id: bad.id, status: 'spam', actorId });
    expect(statusOf(bad.id)).toBe('spam');
    expect(lastAudit()).toMatchObject({ action: 'suggestion.spam', entityId: bad.id });
    const meh = suggest('いまいちな訳');
    dismissSuggestion({ id: meh.id, status: 'rejected', actorId });
    expect(lastAudit()).toMatchObject({ action: 'suggestion.reject', entityId: meh.id });
    expect(JSON.stringify(getPostBySlug({ slug: 'suggest-accept' })!.blocks)).toBe(before);
  });

  it('lists a status with the original, the current translation and the email, for moderators', () => {
    const { rows, total } = listSuggestions({ status: 'pending', page: 1, perPage: 20 });
    expect(total).toBe(rows.length);
    const taro = rows.find((r) => r.authorName === 'Taro')!;
    expect(taro).toMatchObject({
      originalNow: 'The library opens at night.',
      currentText: '図書館は夜に開く。',
      authorEmail: 'hanako@example.com',
      position: 0,
      titles: { en: 'Night', ja: '夜' },
    });
    expect(countSuggestionsByStatus()).toMatchObject({ accepted: 2, spam: 1, rejected: 3 });
  });
});

describe('accepting after the post changed its languages', () => {
  it('never writes over the original, nor into a language the post no longer has', () => {
    // Possible when the owner changed the post's languages after the suggestion came in.
    const intoOriginal = suggest('Overwritten by a reader.', { language: 'en' });
    const dropped = suggest('Traduit.', { language: 'fr' });
    expect(acceptSuggestion({ id: intoOriginal.id, text: 'Overwritten', actorId })).toBeNull();
    expect(acceptSuggestion({ id: dropped.id, text: 'Traduit.', actorId })).toBeNull();
    const texts = getDb()
      .select({ language: blockTexts.language, text: blockTexts.text })
      .from(blockTexts)
      .where(eq(blockTexts.blockId, blockId))
      .all();
    expect(texts.find((t) => t.language === 'en')?.text).toBe('The library opens at night.');
    expect(texts.map((t) => t.language)).not.toContain('fr');
    for (const { id } of [intoOriginal, dropped])
      expect(dismissSuggestion({ id, status: 'rejected', actorId })).not.toBeNull();
  });
});

describe('a suggestion into a trashed post', () => {
  it('refuses a suggestion into a trashed post, which stays pending until the post is restored', () => {
    const own = savePost(
      {
        slug: 'suggest-trashed',
        status: 'published',
        publishedAt: new Date(Date.now() - 60_000),
        originalLanguage: 'en',
        categoryId: null,
        commentsOpen: true,
        translations: { en: { title: 'T', excerpt: null }, ja: { title: '題', excerpt: null } },
        blocks: [{ kind: 'paragraph', texts: { en: 'In the trash.', ja: null } }],
      },
      { actorId },
    );
    const [block] = getDb().select().from(blocks).where(eq(blocks.postId, own)).all();
    const pending = suggest('ゴミ箱の中', { postId: own, blockId: block!.id });
    changePosts({ op: 'trash', ids: [own], actorId: ownerId() });
    expect(acceptSuggestion({ id: pending.id, text: 'ゴミ箱の中', actorId })).toBeNull();
    expect(suggestionPostTrashed(pending.id)).toBe(true);
    expect(statusOf(pending.id)).toBe('pending');
    changePosts({ op: 'restore', ids: [own], actorId: ownerId() });
    expect(suggestionPostTrashed(pending.id)).toBe(false);
    expect(acceptSuggestion({ id: pending.id, text: 'ゴミ箱の中', actorId })).not.toBeNull();
  });
});
